using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    /// <summary>
    /// Users of the account (celigo-api.md §4.10): invited, their access changed, disabled or enabled,
    /// invited again. Invitations send e-mail and disable is a toggle, so none of those is sent again
    /// after a failure that may have acted.
    /// </summary>
    public sealed partial class CeligoClient
    {
        /// <summary>Invites <paramref name="email"/> with an account-wide level, or levels per integration (<c>POST /v1/invite</c>).</summary>
        public Task<CeligoUser> InviteUserAsync(string email, string? accessLevel, IReadOnlyDictionary<string, string>? integrationAccess, CancellationToken ct)
        {
            var body = new JsonObject { ["email"] = email };
            foreach (var field in AccessFields(accessLevel, integrationAccess).ToList())
            {
                body[field.Key] = field.Value?.DeepClone();
            }
            var request = new ApiRequest(HttpMethod.Post, "/v1/invite", Encoding.UTF8.GetBytes(body.ToJsonString()), RetryMode.OnlyIfNotActed);
            return _transport.SendAsync(request, r => CeligoJson.Deserialize<CeligoUser>(r.Body), ct);
        }

        /// <summary>The access fields of an access record: accessLevel (null removes it) and integrationAccessLevel.</summary>
        public static JsonObject AccessFields(string? accessLevel, IReadOnlyDictionary<string, string>? integrationAccess)
        {
            var fields = new JsonObject();
            if (accessLevel != null)
            {
                fields["accessLevel"] = accessLevel;
            }
            if (integrationAccess != null)
            {
                fields["integrationAccessLevel"] = new JsonArray(integrationAccess.OrderBy(p => p.Key, System.StringComparer.Ordinal)
                    .Select(p => (JsonNode?)new JsonObject { ["_integrationId"] = p.Key, ["accessLevel"] = p.Value }).ToArray());
            }
            return fields;
        }

        /// <summary>Flips a user between enabled and disabled (<c>PUT /v1/ashares/{id}/disable</c> is a toggle).</summary>
        public Task ToggleUserDisabledAsync(string accessId, CancellationToken ct) =>
            _transport.SendAsync(new ApiRequest(HttpMethod.Put, $"/v1/ashares/{Segment.Of(accessId)}/disable", Encoding.UTF8.GetBytes("{}"), RetryMode.OnlyIfNotActed),
                AnswerChecks.EmptyOrJson, ct);

        /// <summary>Sends a pending user's invitation again (<c>PUT /v1/ashares/{id}/reinvite</c>).</summary>
        public Task ReinviteUserAsync(string accessId, CancellationToken ct) =>
            _transport.SendAsync(new ApiRequest(HttpMethod.Put, $"/v1/ashares/{Segment.Of(accessId)}/reinvite", Encoding.UTF8.GetBytes("{}"), RetryMode.OnlyIfNotActed),
                AnswerChecks.EmptyOrJson, ct);
    }
}
