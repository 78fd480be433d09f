using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>A lookup cache's metadata (celigo-api.md §5.9); its entries come from getData.</summary>
    public sealed class LookupCache : NamedResource
    {
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("_integrationId")]
        public string? IntegrationId { get; set; }

        /// <summary>Bytes.</summary>
        [JsonPropertyName("size")]
        public long? Size { get; set; }

        /// <summary>A bucket such as "&lt;5 MB".</summary>
        [JsonPropertyName("sizeInMB")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? SizeInMB { get; set; }
    }

    /// <summary>One lookup cache entry: a key and any JSON value.</summary>
    public sealed class LookupCacheEntry : CeligoObject
    {
        [JsonIgnore]
        public string LookupCacheId { get; set; } = "";

        [JsonPropertyName("key")]
        public string? Key { get; set; }

        [JsonPropertyName("value")]
        public System.Text.Json.JsonElement Value { get; set; }
    }
}
