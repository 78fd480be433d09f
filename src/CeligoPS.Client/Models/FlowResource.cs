using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>An export or an import: a flow step's definition (celigo-api.md §5.6).</summary>
    public abstract class FlowResource : NamedResource
    {
        [JsonPropertyName("_connectionId")]
        public string? ConnectionId { get; set; }

        /// <summary>Case-sensitive adaptor name, e.g. HTTPExport, NetSuiteDistributedImport.</summary>
        [JsonPropertyName("adaptorType")]
        public string? AdaptorType { get; set; }

        [JsonPropertyName("_integrationId")]
        public string? IntegrationId { get; set; }
    }

    public sealed class Export : FlowResource
    {
        /// <summary>webhook, delta, once, simple...</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("isLookup")]
        public bool? IsLookup { get; set; }
    }

    public sealed class Import : FlowResource
    {
    }
}
