using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>GET /v1/tokenInfo: whose token this is and what it may do (<c>*</c> = full access).</summary>
    public sealed class TokenInfo
    {
        [JsonPropertyName("_userId")]
        public string? UserId { get; set; }

        [JsonPropertyName("scope")]
        public string? Scope { get; set; }
    }
}
