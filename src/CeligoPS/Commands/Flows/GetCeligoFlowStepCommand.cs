using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Flows
{
    /// <summary>Lists a flow's steps in order, with the step id errors are filed under and the export or import behind each.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoFlowStep", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(FlowStep))]
    public sealed class GetCeligoFlowStepCommand : FlowInputCommand
    {
        internal override async Task ForFlowAsync(string flowId, Flow? flow, AsyncOutput output, CancellationToken ct)
        {
            foreach (var step in await Client.GetFlowStepsAsync(await FlowAsync(flowId, flow, ct), ct))
            {
                output.Object(PSObjectFactory.Tag(step, TypeNames.FlowStep));
            }
        }
    }
}
