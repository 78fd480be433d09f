using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// A revision of an integration (celigo-api.md §4.1, integration lifecycle): a snapshot of its
    /// resources, or a pending change such as a pull from a clone. The paths are confirmed; the fields
    /// are read as the emulator writes them, and any other field is kept under its API name.
    /// </summary>
    public sealed class Revision : CeligoResource
    {
        [JsonPropertyName("_integrationId")]
        public string? IntegrationId { get; set; }

        /// <summary>snapshot, pull, revert, …</summary>
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        /// <summary>completed, pending, failed, …</summary>
        [JsonPropertyName("status")]
        public string? Status { get; set; }

        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("_createdByUserId")]
        public string? CreatedByUserId { get; set; }

        public override string ToString() => $"{Type} {Status}: {Description}";
    }

    /// <summary>One field a pending revision would change (a row of its diff).</summary>
    public sealed class RevisionDifference
    {
        public RevisionDifference(string revisionId, string? resourceType, string? resourceId, string? name, string? action, string? path, JsonElement currentValue, JsonElement newValue)
        {
            RevisionId = revisionId;
            ResourceType = resourceType;
            ResourceId = resourceId;
            Name = name;
            Action = action;
            Path = path;
            CurrentValue = currentValue;
            NewValue = newValue;
        }

        public string RevisionId { get; }
        public string? ResourceType { get; }
        public string? ResourceId { get; }
        public string? Name { get; }

        /// <summary>add, update or delete.</summary>
        public string? Action { get; }

        public string? Path { get; }
        public JsonElement CurrentValue { get; }
        public JsonElement NewValue { get; }

        public override string ToString() => $"{ResourceType} {Name ?? ResourceId}: {Path}";
    }
}
