using System.Collections.Generic;
using CeligoPS.Client.Api;

namespace CeligoPS.Commands.Errors
{
    /// <summary>What Invoke-CeligoErrorRetry did for one step: how many errors it sent, and the retry job if known.</summary>
    public sealed class RetryResult
    {
        public RetryResult(string flowId, string stepId, IReadOnlyList<string> retryDataKeys, int batches, string? jobId, string status, NameBook names)
        {
            FlowName = names.FlowName(flowId);
            StepName = names.StepName(flowId, stepId);
            FlowId = flowId;
            StepId = stepId;
            RetryDataKeys = retryDataKeys;
            Count = retryDataKeys.Count;
            Batches = batches;
            JobId = jobId;
            Status = status;
        }

        // Names first: that is the order Export-Csv and Format-List show.

        /// <summary>The flow's name, when it could be read.</summary>
        public string? FlowName { get; }

        /// <summary>The step's (export's or import's) name, when it could be read.</summary>
        public string? StepName { get; }

        public int Count { get; }

        /// <summary>Submitted, or Failed when the API refused the step's retry.</summary>
        public string Status { get; }

        /// <summary>The (last) retry job the API named, when it names one.</summary>
        public string? JobId { get; }

        public string FlowId { get; }
        public string StepId { get; }
        public int Batches { get; }
        public IReadOnlyList<string> RetryDataKeys { get; }
    }
}
