using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>A job: a flow run, one of its export/import steps, or a retry (celigo-api.md §5.1).</summary>
    public sealed class CeligoJob : CeligoResource
    {
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        /// <summary>queued, running, completed, failed, canceled, retrying or canceling.</summary>
        [JsonPropertyName("status")]
        public string? Status { get; set; }

        [JsonPropertyName("_integrationId")]
        public string? IntegrationId { get; set; }

        [JsonPropertyName("_flowId")]
        public string? FlowId { get; set; }

        /// <summary>The flow's name, filled by the command that lists the job (the API sends only the id).</summary>
        [JsonIgnore]
        public string? FlowName { get; set; }

        [JsonPropertyName("_exportId")]
        public string? ExportId { get; set; }

        [JsonPropertyName("_importId")]
        public string? ImportId { get; set; }

        [JsonPropertyName("_flowJobId")]
        public string? FlowJobId { get; set; }

        [JsonPropertyName("_parentJobId")]
        public string? ParentJobId { get; set; }

        [JsonPropertyName("startedAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? StartedAt { get; set; }

        [JsonPropertyName("endedAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? EndedAt { get; set; }

        [JsonPropertyName("numSuccess")]
        public long? NumSuccess { get; set; }

        [JsonPropertyName("numError")]
        public long? NumError { get; set; }

        [JsonPropertyName("numIgnore")]
        public long? NumIgnore { get; set; }

        [JsonPropertyName("numResolved")]
        public long? NumResolved { get; set; }

        [JsonPropertyName("numOpenError")]
        public long? NumOpenError { get; set; }

        [JsonPropertyName("numExport")]
        public long? NumExport { get; set; }

        [JsonPropertyName("retriable")]
        public bool? Retriable { get; set; }

        /// <summary>The files the run kept (a flow job's exported data), downloadable with Save-CeligoJobFile.</summary>
        [JsonPropertyName("files")]
        public ItemList<JobFile>? Files { get; set; }

        /// <summary>The child export/import jobs; filled only by the family endpoint.</summary>
        [JsonPropertyName("children")]
        public ItemList<CeligoJob>? Children { get; set; }

        /// <summary>The step this job ran (export or import), for child and retry jobs.</summary>
        [JsonIgnore]
        public string? StepId => string.IsNullOrEmpty(ImportId) ? ExportId : ImportId;

        /// <summary>
        /// How long the job ran, in seconds, once it ended. Seconds rather than a TimeSpan, so that
        /// ConvertTo-Json and Export-Csv write one number.
        /// </summary>
        [JsonIgnore]
        public double? DurationSeconds => StartedAt.HasValue && EndedAt.HasValue ? Math.Round((EndedAt.Value - StartedAt.Value).TotalSeconds, 3) : null;

        public override string ToString() => $"{Type} job {Id}";

        public static bool IsTerminal(string? status) =>
            status == "completed" || status == "failed" || status == "canceled";
    }
}
