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

        /// <summary>How many times a document that keeps changing under a read-merge-write is read again before giving up.</summary>
        internal const int MaxMergeReads = 3;

        /// <summary>
        /// GET the document, set the given top-level fields (a null value removes the field), PUT it all
        /// back. The API has no conditional write, so just before the PUT the document is read again:
        /// when someone changed it in between (its content, lastModified included, differs), the fields
        /// are set again on the newer document, so their change is kept, not reverted; a document that
        /// keeps changing is refused after <see cref="MaxMergeReads"/> tries.
        /// Connections come back with secrets masked as ******; writing those back would erase the
        /// real secrets, so such a document is refused here, before anything is sent.
        /// </summary>
        public async Task<T> MergeReplaceAsync<T>(ResourceCollection<T> collection, string id, JsonObject changes, CancellationToken ct) where T : CeligoResource
        {
            var path = $"/v1/{collection.Path}/{Segment.Of(id)}";
            Task<JsonObject> ReadAsync() => GetObjectAsync(path, ct);
            var current = await ReadAsync().ConfigureAwait(false);
            for (var read = 1; ; read++)
            {
                var merged = Merge(current, changes);
                if (merged.ToJsonString().Contains("\"******\""))
                {
                    throw new System.InvalidOperationException(
                        $"{collection} {id} holds masked secrets (******) that a full replace would write over the real ones; change it with a PATCH of its documented fields, or set the secrets too.");
                }
                var now = await ReadAsync().ConfigureAwait(false);
                if (SameVersion(current, now))
                {
                    var body = Encoding.UTF8.GetBytes(merged.ToJsonString());
                    await _transport.SendAsync(new ApiRequest(HttpMethod.Put, path, body), AnswerChecks.EmptyOrJson, ct).ConfigureAwait(false);
                    // A PUT can answer 200 and keep fields as they were (integration-app locks, §9 #8): read back and say so.
                    var stored = await ReadAsync().ConfigureAwait(false);
                    var result = CeligoJson.Deserialize<T>(Encoding.UTF8.GetBytes(stored.ToJsonString()));
                    var unchanged = changes.Where(c => !WrittenValue.IsApplied(c.Value, stored[c.Key])).Select(c => c.Key).ToList();
                    if (unchanged.Count > 0)
                    {
                        throw new CeligoChangeNotAppliedException($"{collection} {id}", unchanged, result);
                    }
                    return result;
                }
                if (read == MaxMergeReads)
                {
                    throw new CeligoConcurrentChangeException(
                        $"{collection} {id} changed {MaxMergeReads} times while it was being updated (someone else is editing it); nothing was written. Run the command again when it has settled.");
                }
                current = now;
            }
        }

        private static JsonObject Merge(JsonObject document, JsonObject changes)
        {
            var merged = (JsonObject)document.DeepClone();
            foreach (var change in changes)
            {
                if (change.Value is null)
                {
                    merged.Remove(change.Key);
                }
                else
                {
                    merged[change.Key] = change.Value.DeepClone();
                }
            }
            return merged;
        }

        /// <summary>
        /// The same version of a document: the same content, lastModified included. Not lastModified
        /// alone: two changes within one millisecond of its resolution would look like none.
        /// </summary>
        private static bool SameVersion(JsonObject before, JsonObject now) => before.ToJsonString() == now.ToJsonString();

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
