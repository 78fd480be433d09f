using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// Base of every API object. Fields the model does not name are kept as they came, so nothing the
    /// API returned is lost on the way to the pipeline and back to JSON.
    /// </summary>
    public abstract class CeligoObject
    {
        [JsonExtensionData]
        [JsonInclude]
        internal Dictionary<string, JsonElement>? Extra { get; set; }

        /// <summary>The fields this model has no property for, by their API names.</summary>
        public IReadOnlyDictionary<string, JsonElement> GetAdditionalFields() =>
            (IReadOnlyDictionary<string, JsonElement>?)Extra ?? Empty;

        /// <summary>Sets (or adds) a field the model has no property for; it is sent back with the object.</summary>
        public void SetAdditionalField(string name, JsonElement value) =>
            (Extra ??= new Dictionary<string, JsonElement>())[name] = value;

        private static readonly IReadOnlyDictionary<string, JsonElement> Empty = new Dictionary<string, JsonElement>();
    }

    /// <summary>A document with an id and the timestamps every resource has.</summary>
    public abstract class CeligoResource : CeligoObject
    {
        [JsonPropertyName("_id")]
        public string Id { get; set; } = "";

        [JsonPropertyName("createdAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? CreatedAt { get; set; }

        [JsonPropertyName("lastModified")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? LastModified { get; set; }
    }

    /// <summary>A resource with a name (integrations, flows, connections, exports, imports...).</summary>
    public abstract class NamedResource : CeligoResource
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        public override string ToString() => string.IsNullOrEmpty(Name) ? Id : $"{Name} ({Id})";
    }
}
