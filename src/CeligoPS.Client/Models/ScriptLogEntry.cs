using System;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>A line a script logged while its debug log was on (celigo-api.md §4.12).</summary>
    public sealed class ScriptLogEntry : CeligoObject
    {
        /// <summary>The script that logged it (set by the client).</summary>
        [JsonIgnore]
        public string ScriptId { get; set; } = "";

        [JsonPropertyName("time")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? Time { get; set; }

        /// <summary>INFO, WARN or ERROR.</summary>
        [JsonPropertyName("logLevel")]
        public string? LogLevel { get; set; }

        /// <summary>The hook that ran (preSavePage, preMap, …).</summary>
        [JsonPropertyName("functionType")]
        public string? FunctionType { get; set; }

        /// <summary>The export or import whose hook called the script.</summary>
        [JsonPropertyName("_resourceId")]
        public string? ResourceId { get; set; }

        [JsonPropertyName("_flowId")]
        public string? FlowId { get; set; }

        [JsonPropertyName("message")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Message { get; set; }

        public override string ToString() => $"{Time:u} {LogLevel} {Message}";
    }
}
