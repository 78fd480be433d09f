using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Paging
{
    /// <summary>
    /// GET /v1/jobs has no page links: it answers at most 1001 rows, newest first, and the next page is
    /// asked for with <c>createdAt_lte</c> set to the last row's createdAt. Like Celigo's CLI (and unlike
    /// the "minus 1 ms" advice, which drops rows sharing that millisecond) the cursor keeps the exact
    /// timestamp and drops the rows it has already yielded at that boundary.
    /// </summary>
    internal sealed class JobCursor
    {
        /// <summary>A page this full may have more behind it (1001 per DEV; 1000 in older clients).</summary>
        public const int FullPage = 1000;

        private readonly ApiTransport _transport;

        // Where broken listings stopped: the request that failed (its path holds every filter and the
        // createdAt_lte) and the jobs at that instant already listed. Running the same listing again
        // with -Until at that instant resumes it exactly: those jobs are not listed a second time.
        private readonly ConcurrentDictionary<string, string[]> _resumePoints = new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal);

        public JobCursor(ApiTransport transport)
        {
            _transport = transport;
        }

        public async IAsyncEnumerable<IReadOnlyList<CeligoJob>> PagesAsync(Func<DateTime?, string> pathFor, DateTime? until,
            [EnumeratorCancellation] CancellationToken ct)
        {
            var boundaryIds = new HashSet<string>(StringComparer.Ordinal);
            DateTime? boundary = null;
            var lte = until;
            var delivered = 0;
            if (until != null && _resumePoints.TryRemove(pathFor(until), out var listedBefore))
            {
                boundary = until;
                boundaryIds.UnionWith(listedBefore);
            }
            while (true)
            {
                var path = pathFor(lte);
                if (delivered > 0 && boundary == lte)
                {
                    _resumePoints[path] = boundaryIds.ToArray();
                }
                var page = await IncompleteListing.Guard(delivered, () => _transport.SendAsync(ApiRequest.Get(path), ReadJobs, ct),
                    () => $"the jobs created at or before {IsoDate.Format(lte!.Value)} were not listed. To list them, run the command again with -Until {IsoDate.Format(lte!.Value)} " +
                          "(in this session the jobs of that instant already listed are not listed again).").ConfigureAwait(false);
                _resumePoints.TryRemove(path, out _);
                var fresh = page.Where(j => !boundaryIds.Contains(j.Id)).ToList();
                if (fresh.Count > 0)
                {
                    delivered += fresh.Count;
                    yield return fresh;
                }
                if (page.Count < FullPage)
                {
                    yield break;
                }
                var last = page[page.Count - 1].CreatedAt;
                if (last == null)
                {
                    throw new InvalidOperationException("A job in a full page has no createdAt, so the listing cannot continue past it.");
                }
                if (fresh.Count == 0)
                {
                    throw new InvalidOperationException(
                        $"More than {page.Count} jobs share the createdAt {IsoDate.Format(last.Value)}; narrow the listing (for example by flow or status) to see them all.");
                }
                if (boundary != last)
                {
                    boundaryIds.Clear();
                    boundary = last;
                }
                foreach (var job in page.Where(j => j.CreatedAt == last))
                {
                    boundaryIds.Add(job.Id);
                }
                lte = last;
            }
        }

        /// <summary>The jobs list is a bare array; some deployments wrap it as <c>{data, totalCount}</c>.</summary>
        internal static IReadOnlyList<CeligoJob> ReadJobs(ApiResponse r)
        {
            if (r.IsEmpty)
            {
                return Array.Empty<CeligoJob>();
            }
            var first = Array.FindIndex(r.Body, b => b != (byte)' ' && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t');
            if (first >= 0 && r.Body[first] == (byte)'{')
            {
                using var doc = JsonDocument.Parse(r.Body);
                return doc.RootElement.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Array
                    ? data.Deserialize<List<CeligoJob>>(CeligoJson.Options) ?? new List<CeligoJob>()
                    : throw new JsonException("Expected a list of jobs or an object with 'data'.");
            }
            return CeligoJson.Deserialize<List<CeligoJob>>(r.Body);
        }
    }
}
