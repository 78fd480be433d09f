using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Paging
{
    /// <summary>
    /// The two cursor styles most lists use (celigo-api.md §2): the <c>Link</c> header and the body's
    /// <c>nextPageURL</c>. Pages are yielded as they arrive; a caller that stops enumerating stops the
    /// fetching. The jobs list has its own cursor (see JobCursor).
    /// </summary>
    internal sealed class Pager
    {
        private readonly ApiTransport _transport;

        public Pager(ApiTransport transport)
        {
            _transport = transport;
        }

        private static string NotListedAfter(int delivered) =>
            $"the items after the first {delivered} were not listed. Run the command again to list them all.";

        public async IAsyncEnumerable<IReadOnlyList<T>> LinkPagesAsync<T>(string firstPath, [EnumeratorCancellation] CancellationToken ct)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            string? next = firstPath;
            var delivered = 0;
            while (next != null)
            {
                GuardAgainstLoop(seen, next);
                var request = ApiRequest.Get(next);
                var (items, link) = await IncompleteListing.Guard(delivered, () => _transport.SendAsync(request, r =>
                    (r.IsEmpty ? (IReadOnlyList<T>)Array.Empty<T>() : CeligoJson.Deserialize<List<T>>(r.Body), LinkHeader.Next(r.LinkHeader)), ct),
                    () => NotListedAfter(delivered)).ConfigureAwait(false);
                delivered += items.Count;
                yield return items;
                next = link;
            }
        }

        /// <summary>
        /// Lists whose body is <c>{ "&lt;listProperty&gt;": [...], "nextPageURL": "..." }</c>. The first
        /// request is given; later pages are fetched by <paramref name="nextRequest"/> from the URL.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<T>> BodyPagesAsync<T>(ApiRequest first, string listProperty,
            Func<string, ApiRequest> nextRequest, [EnumeratorCancellation] CancellationToken ct)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            ApiRequest? request = first;
            var delivered = 0;
            while (request != null)
            {
                var current = request;
                var (items, nextUrl) = await IncompleteListing.Guard(delivered, () => _transport.SendAsync(current, r => ReadBodyPage<T>(r, listProperty), ct),
                    () => NotListedAfter(delivered)).ConfigureAwait(false);
                delivered += items.Count;
                yield return items;
                if (nextUrl == null)
                {
                    yield break;
                }
                GuardAgainstLoop(seen, nextUrl);
                request = nextRequest(nextUrl);
            }
        }

        private static (IReadOnlyList<T>, string?) ReadBodyPage<T>(ApiResponse r, string listProperty)
        {
            if (r.IsEmpty)
            {
                return (Array.Empty<T>(), null);
            }
            using var doc = JsonDocument.Parse(r.Body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array)
            {
                return (root.Deserialize<List<T>>(CeligoJson.Options) ?? new List<T>(), null);
            }
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new JsonException($"Expected an object holding '{listProperty}', found {root.ValueKind}.");
            }
            IReadOnlyList<T> items = root.TryGetProperty(listProperty, out var list) && list.ValueKind == JsonValueKind.Array
                ? list.Deserialize<List<T>>(CeligoJson.Options) ?? new List<T>()
                : (IReadOnlyList<T>)Array.Empty<T>();
            string? next = root.TryGetProperty("nextPageURL", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            return (items, string.IsNullOrEmpty(next) ? null : next);
        }

        private static void GuardAgainstLoop(HashSet<string> seen, string url)
        {
            if (!seen.Add(url))
            {
                throw new InvalidOperationException($"The API returned the same next-page link twice ({url}); stopping to avoid an endless listing.");
            }
        }
    }
}
