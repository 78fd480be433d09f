using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Flows
{
    /// <summary>Gets a flow's delta checkpoint: the time its next delta export starts from.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoFlowLastExportDateTime", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(FlowCheckpoint))]
    public sealed class GetCeligoFlowLastExportDateTimeCommand : FlowInputCommand
    {
        internal override async Task ForFlowAsync(string flowId, Flow? flow, AsyncOutput output, CancellationToken ct) =>
            output.Object(await Client.GetLastExportDateTimeAsync(flowId, ct));
    }
}
