using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Flows
{
    /// <summary>Lists flows (all, or an integration's; optionally by wildcard name) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoFlow", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Flow))]
    public sealed class GetCeligoFlowCommand : GetIntegrationResourceCommand<Flow>
    {
        internal override ResourceCollection<Flow> Collection => ResourceCollection<Flow>.Flows;
    }
}
