using System;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>A connection (celigo-api.md §5.5). The API masks its secrets as ******.</summary>
    public sealed class Connection : NamedResource
    {
        /// <summary>netsuite, salesforce, http, ftp, rdbms, ...</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("offline")]
        public bool? Offline { get; set; }

        [JsonPropertyName("sandbox")]
        public bool? Sandbox { get; set; }

        [JsonPropertyName("_integrationId")]
        public string? IntegrationId { get; set; }

        [JsonPropertyName("debugDate")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? DebugDate { get; set; }

        [JsonPropertyName("queueSize")]
        public long? QueueSize { get; set; }
    }
}
