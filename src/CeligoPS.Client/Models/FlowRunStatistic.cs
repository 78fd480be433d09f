using System;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// How a flow's runs went over a window (<c>POST /v1/flows/runs/stats</c>, celigo-api.md §4.2): runs by
    /// outcome, records by outcome, the average run time and the last run.
    /// </summary>
    public sealed class FlowRunStatistic : CeligoObject
    {
        [JsonPropertyName("_flowId")]
        public string? FlowId { get; set; }

        /// <summary>The flow's name, filled by the command.</summary>
        [JsonIgnore]
        public string? FlowName { get; set; }

        [JsonPropertyName("_integrationId")]
        public string? IntegrationId { get; set; }

        [JsonPropertyName("numRuns")]
        public long? NumRuns { get; set; }

        [JsonPropertyName("numCompleted")]
        public long? NumCompleted { get; set; }

        [JsonPropertyName("numFailed")]
        public long? NumFailed { get; set; }

        [JsonPropertyName("numCanceled")]
        public long? NumCanceled { get; set; }

        /// <summary>Records processed without error.</summary>
        [JsonPropertyName("numSuccess")]
        public long? NumSuccess { get; set; }

        [JsonPropertyName("numError")]
        public long? NumError { get; set; }

        [JsonPropertyName("numIgnore")]
        public long? NumIgnore { get; set; }

        [JsonPropertyName("avgDurationMs")]
        public double? AverageDurationMs { get; set; }

        /// <summary>The average run time in seconds, so ConvertTo-Json and Export-Csv write one number.</summary>
        [JsonIgnore]
        public double? AverageDurationSeconds => AverageDurationMs.HasValue ? Math.Round(AverageDurationMs.Value / 1000, 1) : (double?)null;

        [JsonPropertyName("lastRunAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? LastRunAt { get; set; }

        /// <summary>The window the statistics cover (set by the client).</summary>
        [JsonIgnore]
        public DateTime? Since { get; set; }

        [JsonIgnore]
        public DateTime? Until { get; set; }

        public override string ToString() => $"{FlowName ?? FlowId}: {NumRuns} runs, {NumFailed} failed";
    }
}
