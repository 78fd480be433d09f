using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Commands about flows: -FlowId, or flows piped in (or anything with a FlowId). The flow document
    /// is fetched only when the command needs it and was not piped in.
    /// </summary>
    public abstract class FlowInputCommand : CeligoCmdlet
    {
        protected const string ByIdSet = "ById";
        protected const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("_flowId")]
        [ArgumentCompleter(typeof(Completion.FlowIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? FlowId { get; set; }

        /// <summary>Flows, or objects with a FlowId property.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in FlowId!)
                {
                    Run((output, ct) => ForFlowAsync(RequireId(id, "flow id"), null, output, ct), id);
                }
                return;
            }
            var piped = PipeBind.Unwrap(InputObject) as Flow;
            Run((output, ct) => ForFlowAsync(piped?.Id ?? RequireId(PipeBind.FlowId(InputObject), "flow id"), piped, output, ct), InputObject);
        }

        /// <summary>Does the command's work for one flow; <paramref name="flow"/> is null unless a Flow was piped.</summary>
        internal abstract Task ForFlowAsync(string flowId, Flow? flow, AsyncOutput output, CancellationToken ct);

        /// <summary>The flow with its steps: the piped one when it carries them, else read (merged, for an instance flow).</summary>
        internal Task<Flow> FlowAsync(string flowId, Flow? flow, CancellationToken ct) => Client.FlowWithStepsAsync(flowId, flow, ct);
    }
}
