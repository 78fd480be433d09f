using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>GET /v1/flows/{id}/errors: open-error counts per step.</summary>
    public sealed class FlowErrorSummary : CeligoObject
    {
        [JsonPropertyName("flowErrors")]
        public ItemList<StepErrorCount>? FlowErrors { get; set; }
    }

    public sealed class StepErrorCount : CeligoObject
    {
        [JsonPropertyName("_expOrImpId")]
        public string? StepId { get; set; }

        [JsonPropertyName("numError")]
        public long NumError { get; set; }

        [JsonPropertyName("lastErrorAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? LastErrorAt { get; set; }
    }
}
