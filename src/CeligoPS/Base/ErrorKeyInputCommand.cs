using System.Collections.Generic;
using System.Management.Automation;

namespace CeligoPS.Base
{
    /// <summary>
    /// Commands about errors' retry data (read it, retry it): errors piped in, or -FlowId, -StepId and
    /// -RetryDataKey naming them.
    /// </summary>
    public abstract class ErrorKeyInputCommand : CeligoCmdlet
    {
        protected const string PipelineSet = "Pipeline";
        protected const string KeySet = "Key";

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
        [ArgumentCompleter(typeof(Completion.StepIdCompleter))]
        public string? StepId { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string[]? RetryDataKey { get; set; }

        /// <summary>The (flow, step, key) triples -FlowId, -StepId and -RetryDataKey name, ids checked.</summary>
        internal IEnumerable<(string Flow, string Step, string Key)> NamedKeys()
        {
            var flow = RequireId(FlowId, "flow id");
            var step = RequireId(StepId, "step id");
            foreach (var key in RetryDataKey!)
            {
                yield return (flow, step, key);
            }
        }

        /// <summary>A piped object's retry data key and where it belongs, or nulls (for objects without one).</summary>
        internal (string? Flow, string? Step, string? Key) PipedKey() =>
            (PipeBind.Property(InputObject, "FlowId", "_flowId"), PipeBind.Property(InputObject, "StepId", "_expOrImpId"),
             PipeBind.Property(InputObject, "RetryDataKey", "retryDataKey"));
    }
}
