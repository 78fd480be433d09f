using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
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
    /// Creating, changing and deleting documents. PUT is a full replace (omitted fields are erased), so a
    /// change to fields PATCH does not cover is written as the whole current document with the changes
    /// merged in, never as a partial PUT.
    /// </summary>
    public sealed partial class CeligoClient
    {
        public Task<T> CreateAsync<T>(ResourceCollection<T> collection, JsonObject document, CancellationToken ct) where T : CeligoResource =>
            _transport.SendAsync(new ApiRequest(HttpMethod.Post, $"/v1/{collection.Path}", Encoding.UTF8.GetBytes(document.ToJsonString())),
                r => CeligoJson.Deserialize<T>(r.Body), ct);

        public Task PatchAsync<T>(ResourceCollection<T> collection, string id, JsonPatch patch, CancellationToken ct) where T : CeligoResource =>
            _transport.SendAsync(new ApiRequest(new HttpMethod("PATCH"), $"/v1/{collection.Path}/{Segment.Of(id)}", patch.ToUtf8()), AnswerChecks.EmptyOrJson, ct);

        /// <summary>
        /// GET the document, set the given top-level fields (a null value removes the field), PUT it all
        /// back. Connections come back with secrets masked as ******; writing those back would erase the
        /// real secrets, so such a document is refused here, before anything is sent.
        /// </summary>
        public async Task<T> MergeReplaceAsync<T>(ResourceCollection<T> collection, string id, JsonObject changes, CancellationToken ct) where T : CeligoResource
        {
            var path = $"/v1/{collection.Path}/{Segment.Of(id)}";
            var current = await _transport.SendAsync(ApiRequest.Get(path), r => JsonNode.Parse(r.Body)!.AsObject(), ct).ConfigureAwait(false);
            foreach (var change in changes)
            {
                if (change.Value is null)
                {
                    current.Remove(change.Key);
                }
                else
                {
                    current[change.Key] = change.Value.DeepClone();
                }
            }
            if (current.ToJsonString().Contains("\"******\""))
            {
                throw new System.InvalidOperationException(
                    $"{collection} {id} holds masked secrets (******) that a full replace would write over the real ones; change it with a PATCH of its documented fields, or set the secrets too.");
            }
            return await _transport.SendAsync(new ApiRequest(HttpMethod.Put, path, Encoding.UTF8.GetBytes(current.ToJsonString())),
                r => r.IsEmpty ? CeligoJson.Deserialize<T>(Encoding.UTF8.GetBytes(current.ToJsonString())) : CeligoJson.Deserialize<T>(r.Body), ct).ConfigureAwait(false);
        }

        public Task DeleteAsync<T>(ResourceCollection<T> collection, string id, CancellationToken ct) where T : CeligoResource =>
            _transport.SendAsync(new ApiRequest(HttpMethod.Delete, $"/v1/{collection.Path}/{Segment.Of(id)}"), AnswerChecks.EmptyOrJson, ct);

        /// <summary>Sets a state key (global or of a resource) to any JSON value: PUT creates or replaces it.</summary>
        public Task SetStateAsync(ResourceRef? resource, string key, byte[] value, CancellationToken ct) =>
            // The API answers this PUT with the text "OK" or "Created" (celigo-api.md §4.11).
            _transport.SendAsync(new ApiRequest(HttpMethod.Put, $"{resource?.Path ?? "/v1"}/state/{Segment.Of(key)}", value), r => 0, ct);

        public Task RemoveStateAsync(ResourceRef? resource, string key, CancellationToken ct) =>
            // Resource-scoped state DELETEs answer 200, with text like the PUT's (celigo-api.md §4.11).
            _transport.SendAsync(new ApiRequest(HttpMethod.Delete, $"{resource?.Path ?? "/v1"}/state/{Segment.Of(key)}"), r => 0, ct);
    }
}
