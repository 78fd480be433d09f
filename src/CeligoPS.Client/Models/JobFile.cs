using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>A file a job keeps (celigo-api.md §5.1 <c>files</c>): its id, the host that stores it, its name.</summary>
    public sealed class JobFile : CeligoObject
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("host")]
        public string? Host { get; set; }

        public override string ToString() => Name ?? Id ?? "";
    }
}
