using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Lists lookup caches (optionally by wildcard name) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoLookupCache", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(LookupCache))]
    public sealed class GetCeligoLookupCacheCommand : GetResourceCommand<LookupCache>
    {
        internal override ResourceCollection<LookupCache> Collection => ResourceCollection<LookupCache>.LookupCaches;
    }
}
