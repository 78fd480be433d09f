using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// An error filed under a flow step (celigo-api.md §5.3). Its key is flow id + step id + error id;
    /// the API does not repeat the first two in the record, so the client fills them from the request.
    /// </summary>
    public sealed class StepError : CeligoObject
    {
        [JsonPropertyName("errorId")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? ErrorId { get; set; }

        [JsonIgnore]
        public string FlowId { get; set; } = "";

        [JsonIgnore]
        public string StepId { get; set; } = "";

        /// <summary>The flow's name, filled by the command that lists the error; null when it cannot be read.</summary>
        [JsonIgnore]
        public string? FlowName { get; set; }

        /// <summary>The step's (its export's or import's) name, filled like FlowName.</summary>
        [JsonIgnore]
        public string? StepName { get; set; }

        /// <summary>True for errors from the resolved list.</summary>
        [JsonIgnore]
        public bool Resolved { get; set; }

        [JsonPropertyName("occurredAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? OccurredAt { get; set; }

        [JsonPropertyName("source")]
        public string? Source { get; set; }

        [JsonPropertyName("code")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Code { get; set; }

        [JsonPropertyName("message")]
        public string? Message { get; set; }

        [JsonPropertyName("classification")]
        public string? Classification { get; set; }

        [JsonPropertyName("traceKey")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? TraceKey { get; set; }

        [JsonPropertyName("retryDataKey")]
        public string? RetryDataKey { get; set; }

        [JsonPropertyName("reqAndResKey")]
        public string? ReqAndResKey { get; set; }

        [JsonPropertyName("_flowJobId")]
        public string? FlowJobId { get; set; }

        [JsonPropertyName("oIndex")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? OIndex { get; set; }

        [JsonPropertyName("assignedTo")]
        public string? AssignedTo { get; set; }

        [JsonPropertyName("resolvedAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? ResolvedAt { get; set; }

        [JsonPropertyName("resolvedBy")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? ResolvedBy { get; set; }

        [JsonPropertyName("purgeAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? PurgeAt { get; set; }

        /// <summary>Only errors that carry retry data can be retried.</summary>
        [JsonIgnore]
        public bool Retriable => !string.IsNullOrEmpty(RetryDataKey);

        public override string ToString() => $"{ErrorId} ({Source}: {Message})";
    }
}
