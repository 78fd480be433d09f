using System.Collections.Generic;
using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// One resource that depends on another (celigo-api.md §5.7): the dependencies answer is keyed by
    /// the dependant's plural type; the client flattens it into these.
    /// </summary>
    public sealed class Dependency : CeligoObject
    {
        /// <summary>What was asked about: its type (plural, e.g. connections) and id.</summary>
        [JsonIgnore]
        public string DependencyOfType { get; set; } = "";

        [JsonIgnore]
        public string DependencyOfId { get; set; } = "";

        /// <summary>The dependant's type, plural as the API keys it (flows, exports, imports, ...).</summary>
        [JsonIgnore]
        public string ResourceType { get; set; } = "";

        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("paths")]
        public ItemList<string>? Paths { get; set; }

        [JsonPropertyName("accessLevel")]
        public string? AccessLevel { get; set; }
    }

    /// <summary>An audit log entry (celigo-api.md §5.11).</summary>
    public sealed class AuditEntry : CeligoResource
    {
        [JsonPropertyName("time")]
        [JsonConverter(typeof(Json.FlexibleDateConverter))]
        public System.DateTime? Time { get; set; }

        [JsonPropertyName("byUser")]
        public AuditUser? ByUser { get; set; }

        /// <summary>ui, api, system, connector, script, stack, sso.</summary>
        [JsonPropertyName("source")]
        public string? Source { get; set; }

        /// <summary>Singular: flow, export, connection...</summary>
        [JsonPropertyName("resourceType")]
        public string? ResourceType { get; set; }

        [JsonPropertyName("_resourceId")]
        public string? ResourceId { get; set; }

        /// <summary>create, update, delete, signin, signout, view.</summary>
        [JsonPropertyName("event")]
        public string? Event { get; set; }

        /// <summary>What changed: the API's <c>fieldChanges</c>, or its older single <c>fieldChange</c> (celigo-api.md §9).</summary>
        [JsonIgnore]
        public ItemList<AuditFieldChange> FieldChanges =>
            FieldChangeList ?? (FieldChange == null ? new ItemList<AuditFieldChange>() : new ItemList<AuditFieldChange> { FieldChange });

        [JsonPropertyName("fieldChanges")]
        [JsonInclude]
        internal ItemList<AuditFieldChange>? FieldChangeList { get; set; }

        [JsonPropertyName("fieldChange")]
        [JsonInclude]
        internal AuditFieldChange? FieldChange { get; set; }

        [JsonIgnore]
        public string? User => ByUser?.Email ?? ByUser?.Name;
    }

    public sealed class AuditUser : CeligoObject
    {
        [JsonPropertyName("_id")]
        public string? Id { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }
    }

    public sealed class AuditFieldChange : CeligoObject
    {
        [JsonPropertyName("fieldPath")]
        public string? FieldPath { get; set; }

        [JsonPropertyName("oldValue")]
        public System.Text.Json.JsonElement OldValue { get; set; }

        [JsonPropertyName("newValue")]
        public System.Text.Json.JsonElement NewValue { get; set; }

        public override string ToString() => $"{FieldPath}: {Text(OldValue)} -> {Text(NewValue)}";

        private static string Text(System.Text.Json.JsonElement value) =>
            value.ValueKind == System.Text.Json.JsonValueKind.Undefined ? "" : value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() ?? "" : value.GetRawText();
    }

    /// <summary>A state key and its value, global or kept for one resource (celigo-api.md §4.11).</summary>
    public sealed class StateEntry
    {
        public StateEntry(string key, System.Text.Json.JsonElement value, string? resourceType, string? resourceId)
        {
            Key = key;
            Value = value;
            ResourceType = resourceType;
            ResourceId = resourceId;
        }

        public string Key { get; }
        public System.Text.Json.JsonElement Value { get; }

        /// <summary>Null for global state.</summary>
        public string? ResourceType { get; }

        public string? ResourceId { get; }
    }
}
