using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>The API refuses a write over 5 MB; batches stay this far below it to leave room for the envelope.</summary>
        internal const int MaxLookupWriteBytes = 5 * 1000 * 1000 - 64 * 1024;

        /// <summary>
        /// Writes (creates or replaces) entries, in calls of at most 1000 entries and under 5 MB each.
        /// Returns the size of every call made, in order.
        /// </summary>
        public async Task<IReadOnlyList<(int Entries, int Bytes)>> SetLookupCacheDataAsync(string cacheId, IEnumerable<KeyValuePair<string, JsonNode?>> entries,
            CancellationToken ct)
        {
            var path = $"/v1/lookupcaches/{Segment.Of(cacheId)}/data";
            var calls = new List<(int, int)>();
            foreach (var batch in SizedBatches(entries))
            {
                var body = Encoding.UTF8.GetBytes(new JsonObject { ["data"] = new JsonArray(batch.ToArray()) }.ToJsonString());
                await _transport.SendAsync(new ApiRequest(HttpMethod.Post, path, body, RetryMode.Idempotent), AnswerChecks.EmptyOrJson, ct).ConfigureAwait(false);
                calls.Add((batch.Count, body.Length));
            }
            return calls;
        }

        /// <summary>Deletes keys, 1000 per call; returns the number of calls.</summary>
        public async Task<int> RemoveLookupCacheKeysAsync(string cacheId, IReadOnlyList<string> keys, CancellationToken ct)
        {
            var calls = 0;
            foreach (var batch in Batch(keys.Distinct().ToList(), MaxIdsPerCall))
            {
                var body = Encoding.UTF8.GetBytes(new JsonObject { ["keys"] = new JsonArray(batch.Select(k => (JsonNode?)JsonValue.Create(k)).ToArray()) }.ToJsonString());
                await _transport.SendAsync(new ApiRequest(HttpMethod.Delete, $"/v1/lookupcaches/{Segment.Of(cacheId)}/data", body), AnswerChecks.EmptyOrJson, ct).ConfigureAwait(false);
                calls++;
            }
            return calls;
        }

        /// <summary>Deletes every entry of the cache (the cache itself stays).</summary>
        public Task PurgeLookupCacheAsync(string cacheId, CancellationToken ct) =>
            _transport.SendAsync(new ApiRequest(HttpMethod.Delete, $"/v1/lookupcaches/{Segment.Of(cacheId)}/data/purge"), AnswerChecks.EmptyOrJson, ct);

        /// <summary>Entries as {key, value} objects, cut at 1000 entries or the byte budget, whichever comes first.</summary>
        private static IEnumerable<List<JsonNode?>> SizedBatches(IEnumerable<KeyValuePair<string, JsonNode?>> entries)
        {
            var batch = new List<JsonNode?>();
            var bytes = 0;
            foreach (var entry in entries)
            {
                var node = new JsonObject { ["key"] = entry.Key, ["value"] = entry.Value?.DeepClone() };
                var size = Encoding.UTF8.GetByteCount(node.ToJsonString()) + 1;
                if (batch.Count > 0 && (batch.Count == MaxIdsPerCall || bytes + size > MaxLookupWriteBytes))
                {
                    yield return batch;
                    batch = new List<JsonNode?>();
                    bytes = 0;
                }
                batch.Add(node);
                bytes += size;
            }
            if (batch.Count > 0)
            {
                yield return batch;
            }
        }
    }
}
