using System;
using System.Collections.Generic;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// A user's access to the account or to integrations (an "ashare", celigo-api.md §5.10). Id is the
    /// access record, not the user; the user is in SharedWithUser.
    /// </summary>
    public sealed class CeligoUser : CeligoResource
    {
        /// <summary>administrator, manage or monitor; empty for integration-only access.</summary>
        [JsonPropertyName("accessLevel")]
        public string? AccessLevel { get; set; }

        [JsonPropertyName("integrationAccessLevel")]
        public ItemList<IntegrationAccess>? IntegrationAccessLevel { get; set; }

        [JsonPropertyName("accepted")]
        public bool? Accepted { get; set; }

        [JsonPropertyName("disabled")]
        public bool? Disabled { get; set; }

        [JsonPropertyName("lastSignIn")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? LastSignIn { get; set; }

        [JsonPropertyName("sharedWithUser")]
        public SharedUser? SharedWithUser { get; set; }

        [JsonIgnore]
        public string? Email => SharedWithUser?.Email;

        [JsonIgnore]
        public string? Name => SharedWithUser?.Name;

        public override string ToString() => Email ?? Id;
    }

    public sealed class SharedUser : CeligoObject
    {
        [JsonPropertyName("_id")]
        public string? Id { get; set; }

        [JsonPropertyName("email")]
        public string? Email { get; set; }

        [JsonPropertyName("name")]
        public string? Name { get; set; }
    }

    public sealed class IntegrationAccess : CeligoObject
    {
        [JsonPropertyName("_integrationId")]
        public string? IntegrationId { get; set; }

        [JsonPropertyName("accessLevel")]
        public string? AccessLevel { get; set; }

        public override string ToString() => $"{IntegrationId}: {AccessLevel}";
    }
}
