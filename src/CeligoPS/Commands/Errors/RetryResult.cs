using System.Collections.Generic;

namespace CeligoPS.Commands.Errors
{
    /// <summary>What Invoke-CeligoErrorRetry did for one step: how many errors it sent, and the retry job if known.</summary>
    public sealed class RetryResult
    {
        public RetryResult(string flowId, string stepId, IReadOnlyList<string> retryDataKeys, int batches, string? jobId, string status)
        {
            FlowId = flowId;
            StepId = stepId;
            RetryDataKeys = retryDataKeys;
            Count = retryDataKeys.Count;
            Batches = batches;
            JobId = jobId;
            Status = status;
        }

        public string FlowId { get; }
        public string StepId { get; }
        public int Count { get; }
        public int Batches { get; }
        public IReadOnlyList<string> RetryDataKeys { get; }

        /// <summary>The (last) retry job the API named, when it names one.</summary>
        public string? JobId { get; }

        /// <summary>Submitted, or Failed when the API refused the step's retry.</summary>
        public string Status { get; }
    }
}
