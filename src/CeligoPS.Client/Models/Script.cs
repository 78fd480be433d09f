using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>A JavaScript hook or filter (celigo-api.md §4.12); lists may leave out Content.</summary>
    public sealed class Script : NamedResource
    {
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("content")]
        public string? Content { get; set; }
    }
}
