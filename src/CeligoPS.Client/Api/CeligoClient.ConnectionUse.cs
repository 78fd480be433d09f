using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    /// <summary>Which connections integrations register and exports and imports use (celigo-api.md §4.1, §4.4, §4.5).</summary>
    public sealed partial class CeligoClient
    {
        /// <summary>Registers connections on an integration (<c>PUT /v1/integrations/{id}/connections/register</c>).</summary>
        public Task RegisterConnectionsAsync(string integrationId, IReadOnlyList<string> connectionIds, CancellationToken ct)
        {
            var body = Encoding.UTF8.GetBytes(new JsonArray(connectionIds.Select(id => (JsonNode?)id).ToArray()).ToJsonString());
            return _transport.SendAsync(new ApiRequest(HttpMethod.Put, $"/v1/integrations/{Segment.Of(integrationId)}/connections/register", body), AnswerChecks.EmptyOrJson, ct);
        }

        /// <summary>Deregisters a connection from an integration (<c>DELETE /v1/integrations/{id}/connections/{connectionId}/register</c>).</summary>
        public Task UnregisterConnectionAsync(string integrationId, string connectionId, CancellationToken ct) =>
            _transport.SendAsync(new ApiRequest(HttpMethod.Delete, $"/v1/integrations/{Segment.Of(integrationId)}/connections/{Segment.Of(connectionId)}/register"),
                AnswerChecks.EmptyOrJson, ct);

        /// <summary>Points an export or import at another connection (<c>PUT /v1/{exports|imports}/{id}/replaceConnection</c>); returns it as read back.</summary>
        public async Task<T> ReplaceConnectionAsync<T>(ResourceCollection<T> collection, string id, string newConnectionId, CancellationToken ct) where T : FlowResource
        {
            var body = Encoding.UTF8.GetBytes(new JsonObject { ["_newConnectionId"] = newConnectionId }.ToJsonString());
            await _transport.SendAsync(new ApiRequest(HttpMethod.Put, $"/v1/{collection.Path}/{Segment.Of(id)}/replaceConnection", body), AnswerChecks.EmptyOrJson, ct).ConfigureAwait(false);
            return await GetAsync(collection, id, ct).ConfigureAwait(false);
        }
    }
}
