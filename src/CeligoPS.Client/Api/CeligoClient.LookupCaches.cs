using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>
        /// A lookup cache's entries: all of them, the named keys (asked 1000 at a time, the API's page
        /// limit), or those whose key starts with a prefix. Read with POST getData, which only reads, so
        /// it is retried like a GET; further pages are POSTed to the answer's nextPageURL with the same body.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<LookupCacheEntry>> GetLookupCacheDataAsync(string cacheId, IReadOnlyList<string>? keys,
            string? startsWith, [EnumeratorCancellation] CancellationToken ct)
        {
            var path = $"/v1/lookupcaches/{Segment.Of(cacheId)}/getData";
            var bodies = keys != null
                ? Batch(keys, MaxIdsPerCall).Select(batch => CeligoJson.Serialize(new Dictionary<string, object> { ["keys"] = batch }))
                : new[] { startsWith != null ? CeligoJson.Serialize(new Dictionary<string, object> { ["startsWith"] = startsWith }) : CeligoJson.Serialize(new Dictionary<string, object>()) };
            foreach (var body in bodies)
            {
                ApiRequest Post(string url) => new ApiRequest(HttpMethod.Post, url, body, RetryMode.Idempotent, changesState: false);
                await foreach (var page in _pager.BodyPagesAsync<LookupCacheEntry>(Post(path), "data", Post, ct).ConfigureAwait(false))
                {
                    foreach (var entry in page)
                    {
                        entry.LookupCacheId = cacheId;
                    }
                    yield return page;
                }
            }
        }
    }
}
