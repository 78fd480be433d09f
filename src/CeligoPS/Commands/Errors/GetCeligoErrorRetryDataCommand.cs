using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Gets the failed record(s) a retry would send again, for errors piped in or named by key.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoErrorRetryData", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(RetryData))]
    public sealed class GetCeligoErrorRetryDataCommand : CeligoCmdlet
    {
        private const string PipelineSet = "Pipeline";
        private const string KeySet = "Key";

        /// <summary>Errors (from Get-CeligoError), or objects with FlowId, StepId and RetryDataKey.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true)]
        [Alias("_expOrImpId")]
        [ValidateNotNullOrEmpty]
        public string? StepId { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? RetryDataKey { get; set; }

        protected override void ProcessRecord()
        {
            var piped = ParameterSetName == PipelineSet;
            var flowId = piped ? PipeBind.Property(InputObject, "FlowId", "_flowId") : FlowId;
            var stepId = piped ? PipeBind.Property(InputObject, "StepId", "_expOrImpId") : StepId;
            var key = piped ? PipeBind.Property(InputObject, "RetryDataKey", "retryDataKey") : RetryDataKey;
            Run(async (output, ct) =>
            {
                if (key == null)
                {
                    if (PipeBind.Unwrap(InputObject) is StepError error)
                    {
                        throw new System.ArgumentException($"Error {error.ErrorId} has no retry data (no retry data key); it cannot be retried.");
                    }
                    throw PipeBind.WrongKind(InputObject, "errors (from Get-CeligoError) or objects with FlowId, StepId and RetryDataKey properties");
                }
                var data = await Client.GetRetryDataAsync(RequireId(flowId, "flow id"), RequireId(stepId, "step id"), key, ct);
                output.Object(PSObjectFactory.Wrap(data, TypeNames.RetryData));
            }, InputObject ?? key);
        }
    }
}
