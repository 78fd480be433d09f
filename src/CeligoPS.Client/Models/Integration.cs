using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>An integration (celigo-api.md §5.4).</summary>
    public sealed class Integration : NamedResource
    {
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("sandbox")]
        public bool? Sandbox { get; set; }

        [JsonPropertyName("mode")]
        public string? Mode { get; set; }

        [JsonPropertyName("version")]
        public string? Version { get; set; }

        [JsonPropertyName("_connectorId")]
        public string? ConnectorId { get; set; }
    }
}
