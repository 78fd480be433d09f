using System;

namespace CeligoPS.Client.Models
{
    /// <summary>How many open errors a flow, or one step of it, has, and when the last one happened.</summary>
    public sealed class ErrorSummary
    {
        public ErrorSummary(string? integrationId, string flowId, string? stepId, long numError, DateTime? lastErrorAt)
        {
            IntegrationId = integrationId;
            FlowId = flowId;
            StepId = stepId;
            NumError = numError;
            LastErrorAt = lastErrorAt;
        }

        public string? IntegrationId { get; }
        public string FlowId { get; }

        /// <summary>The flow's name, filled by the command that reads the summary.</summary>
        public string? FlowName { get; set; }

        /// <summary>Null on a flow's total (from the integration summary).</summary>
        public string? StepId { get; }

        /// <summary>The step's name, filled like FlowName; null on a flow's total.</summary>
        public string? StepName { get; set; }

        public long NumError { get; }
        public DateTime? LastErrorAt { get; }

        public override string ToString() => $"{FlowName ?? FlowId}{(StepId == null ? "" : " / " + (StepName ?? StepId))}: {NumError}";
    }

    /// <summary>One row of GET /v1/integrations/{id}/errors in its per-flow summary shape.</summary>
    public sealed class FlowErrorCount : CeligoObject
    {
        [System.Text.Json.Serialization.JsonPropertyName("_flowId")]
        public string? FlowId { get; set; }

        [System.Text.Json.Serialization.JsonPropertyName("numError")]
        public long NumError { get; set; }

        [System.Text.Json.Serialization.JsonPropertyName("lastErrorAt")]
        [System.Text.Json.Serialization.JsonConverter(typeof(Json.FlexibleDateConverter))]
        public DateTime? LastErrorAt { get; set; }
    }

    /// <summary>GET …/{retryDataKey}/data: the failed record(s) in Data, as the API keeps them for a retry.</summary>
    public sealed class RetryData : CeligoObject
    {
        [System.Text.Json.Serialization.JsonIgnore]
        public string FlowId { get; set; } = "";

        [System.Text.Json.Serialization.JsonIgnore]
        public string StepId { get; set; } = "";

        [System.Text.Json.Serialization.JsonIgnore]
        public string RetryDataKey { get; set; } = "";

        [System.Text.Json.Serialization.JsonPropertyName("data")]
        public System.Text.Json.JsonElement Data { get; set; }
    }
}
