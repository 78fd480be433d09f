using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Errors
{
    /// <summary>
    /// The HTTP request a step sent and the response it got, behind an error (its reqAndResKey) or a
    /// row of a step's request log: what the other system was asked and what it said.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CeligoErrorRequest", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(StepRequest))]
    public sealed class GetCeligoErrorRequestCommand : CeligoCmdlet
    {
        private const string KeySet = "Key";
        private const string PipelineSet = "Pipeline";
        private const string Accepted = "errors (from Get-CeligoError), request log rows (from Get-CeligoFlowStepRequest), or objects with FlowId, StepId and ReqAndResKey (or Key) properties";

        [Parameter(ParameterSetName = KeySet, Mandatory = true, Position = 0)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string? FlowId { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true, Position = 1)]
        [Alias("_expOrImpId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(StepIdCompleter))]
        public string? StepId { get; set; }

        /// <summary>The request's key: an error's ReqAndResKey, or a request log row's Key.</summary>
        [Parameter(ParameterSetName = KeySet, Mandatory = true, Position = 2)]
        [Alias("ReqAndResKey")]
        [ValidateNotNullOrEmpty]
        public string? Key { get; set; }

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            string flowId, stepId, key;
            try
            {
                if (ParameterSetName == KeySet)
                {
                    (flowId, stepId, key) = (RequireId(FlowId, "flow id"), RequireId(StepId, "step id"), Key!);
                }
                else
                {
                    var flow = PipeBind.Property(InputObject, "FlowId", "_flowId");
                    var step = PipeBind.Property(InputObject, "StepId", "_expOrImpId");
                    if (flow == null || step == null)
                    {
                        throw PipeBind.WrongKind(InputObject, Accepted);
                    }
                    key = PipeBind.Property(InputObject, "ReqAndResKey", "reqAndResKey", "Key")
                          ?? throw new System.ArgumentException(
                              $"Error {PipeBind.Property(InputObject, "ErrorId") ?? "(no id)"} of step {step} has no request behind it (its ReqAndResKey is empty): the API keeps one for errors of steps that made an HTTP request.");
                    (flowId, stepId) = (RequireId(flow, "flow id"), RequireId(step, "step id"));
                }
            }
            catch (System.ArgumentException e)
            {
                ReportFailure(e, InputObject ?? Key);
                return;
            }
            RunOverlapped(async (output, ct) => output.Object(await Client.GetStepRequestAsync(flowId, stepId, key, ct)), key);
        }
    }
}
