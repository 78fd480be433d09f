using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Flows
{
    /// <summary>Deletes flows (their open errors go with them); refuses flows others depend on unless -Force.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoFlow", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoFlowCommand : RemoveResourceCommand<Flow>
    {
        internal override ResourceCollection<Flow> Collection => ResourceCollection<Flow>.Flows;
        internal override string IdProperty => "FlowId";
    }
}
