using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Lists tags (optionally by wildcard label) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoTag", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CeligoTag))]
    public sealed class GetCeligoTagCommand : GetResourceCommand<CeligoTag>
    {
        internal override ResourceCollection<CeligoTag> Collection => ResourceCollection<CeligoTag>.Tags;

        internal override IEnumerable<string?> NamesOf(CeligoTag item) => new[] { item.Tag };
    }
}
