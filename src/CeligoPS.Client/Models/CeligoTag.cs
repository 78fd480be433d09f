using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>A tag (celigo-api.md §4.9): Tag is the label, TagId the short code used when tagging errors.</summary>
    public sealed class CeligoTag : CeligoResource
    {
        [JsonPropertyName("tag")]
        public string? Tag { get; set; }

        [JsonPropertyName("tagId")]
        public string? TagId { get; set; }

        public override string ToString() => Tag ?? Id;
    }
}
