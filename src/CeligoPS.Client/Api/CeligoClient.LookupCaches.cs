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
        /// <summary>getData's page: at most 1000 entries (celigo-api.md §4.8).</summary>
        private const int LookupPage = 1000;

        /// <summary>
        /// A lookup cache's entries: all of them (no body, as the docs describe it), the named keys (asked
        /// 1000 at a time, the API's page limit), or those whose key starts with a prefix. Read with POST
        /// getData, which only reads, so it is retried like a GET. Sources differ on going on
        /// (celigo-api.md §9): a page's nextPageURL is followed (POSTed with the same body); a full page
        /// without one is continued with the documented startAfterKey, so neither way ends at 1000 keys.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<LookupCacheEntry>> GetLookupCacheDataAsync(string cacheId, IReadOnlyList<string>? keys,
            string? startsWith, [EnumeratorCancellation] CancellationToken ct)
        {
            var path = $"/v1/lookupcaches/{Segment.Of(cacheId)}/getData";
            IEnumerable<byte[]?> bodies = keys != null
                ? Batch(keys, MaxIdsPerCall).Select(batch => (byte[]?)CeligoJson.Serialize(new Dictionary<string, object> { ["keys"] = batch }))
                : new[] { startsWith != null ? CeligoJson.Serialize(new Dictionary<string, object> { ["startsWith"] = startsWith }) : null };
            foreach (var body in bodies)
            {
                ApiRequest Post(string url) => new ApiRequest(HttpMethod.Post, url, body, RetryMode.Idempotent, changesState: false);
                var url = path;
                while (url != null)
                {
                    IReadOnlyList<LookupCacheEntry>? last = null;
                    await foreach (var page in _pager.BodyPagesAsync<LookupCacheEntry>(Post(url), "data", Post, ct).ConfigureAwait(false))
                    {
                        foreach (var entry in page)
                        {
                            entry.LookupCacheId = cacheId;
                        }
                        last = page;
                        yield return page;
                    }
                    // A full last page may have more behind it; named keys never do (a batch is at most a page).
                    url = keys == null && last != null && last.Count >= LookupPage
                        ? $"{path}?startAfterKey={System.Uri.EscapeDataString(last[last.Count - 1].Key ?? "")}"
                        : null;
                }
            }
        }
    }
}
