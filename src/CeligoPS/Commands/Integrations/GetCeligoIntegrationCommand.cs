using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>Lists integrations (optionally by wildcard name) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoIntegration", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Integration))]
    public sealed class GetCeligoIntegrationCommand : GetResourceCommand<Integration>
    {
        internal override ResourceCollection<Integration> Collection => ResourceCollection<Integration>.Integrations;
    }
}
