using System.Collections.Generic;

namespace CeligoPS.Client.Api
{
    /// <summary>One retry call the API accepted: a batch of up to 1000 retry data keys of one step.</summary>
    public sealed class RetrySubmission
    {
        public RetrySubmission(string flowId, string stepId, IReadOnlyList<string> retryDataKeys, string? jobId)
        {
            FlowId = flowId;
            StepId = stepId;
            RetryDataKeys = retryDataKeys;
            JobId = jobId;
        }

        public string FlowId { get; }
        public string StepId { get; }
        public IReadOnlyList<string> RetryDataKeys { get; }

        /// <summary>The retry job, when the API names it (the response body is not documented).</summary>
        public string? JobId { get; }
    }
}
