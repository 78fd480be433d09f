using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
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
        /// <summary>A step's open (or resolved) errors, page by page over <c>nextPageURL</c>.</summary>
        public async IAsyncEnumerable<IReadOnlyList<StepError>> ListErrorsAsync(string flowId, string stepId, ErrorQuery? query,
            [EnumeratorCancellation] CancellationToken ct)
        {
            query ??= new ErrorQuery();
            var listProperty = query.Resolved ? "resolved" : "errors";
            await foreach (var page in _pager.BodyPagesAsync<StepError>(ApiRequest.Get(query.PathFor(flowId, stepId)), listProperty, query.NextPage, ct)
                               .ConfigureAwait(false))
            {
                foreach (var error in page)
                {
                    error.FlowId = flowId;
                    error.StepId = stepId;
                    error.Resolved = query.Resolved;
                }
                // Only the selected errors go on to whatever acts on them, whatever the server sent.
                yield return page.Where(query.Matches).ToList();
            }
        }

        /// <summary>
        /// Retries errors of one step by their retry data keys, in calls of at most 1000 keys. Each call
        /// starts a retry job, so it is never re-sent after a timeout or 5xx (see RetryMode).
        /// </summary>
        public async Task<IReadOnlyList<RetrySubmission>> RetryErrorsAsync(string flowId, string stepId, IEnumerable<string> retryDataKeys,
            CancellationToken ct)
        {
            var keys = retryDataKeys.Where(k => !string.IsNullOrEmpty(k)).Distinct(StringComparer.Ordinal).ToList();
            var path = $"/v1/flows/{Segment.Of(flowId)}/{Segment.Of(stepId)}/retry";
            var batches = Batch(keys, MaxIdsPerCall).ToList();
            return await _batches.SendAsync(batches, "retry data keys", async (batch, token) =>
            {
                var body = CeligoJson.Serialize(new Dictionary<string, IReadOnlyList<string>> { ["retryDataKeys"] = batch });
                var jobId = await _transport.SendAsync(new ApiRequest(HttpMethod.Post, path, body, RetryMode.OnlyIfNotActed), ReadJobId, token).ConfigureAwait(false);
                return new RetrySubmission(flowId, stepId, batch, jobId);
            }, ct).ConfigureAwait(false);
        }

        internal static IEnumerable<IReadOnlyList<T>> Batch<T>(IReadOnlyList<T> items, int size)
        {
            for (var i = 0; i < items.Count; i += size)
            {
                yield return items.Skip(i).Take(size).ToList();
            }
        }

        /// <summary>
        /// The retry answer is undocumented (204, or a text "OK" like the API's other writes); a job id is
        /// picked up if one is given. A JSON answer cut short still came from the API, which acted; an
        /// HTML answer came from something in front of it, which did not.
        /// </summary>
        private static string? ReadJobId(ApiResponse r)
        {
            if (r.IsEmpty || AnswerChecks.IsSuccessText(r))
            {
                return null; // "OK": accepted, no job named
            }
            if (r.MediaType == null || r.MediaType.IndexOf("json", System.StringComparison.OrdinalIgnoreCase) < 0)
            {
                throw new JsonException($"Expected JSON or nothing, got {r.MediaType ?? "no content type"}.");
            }
            try
            {
                using var doc = JsonDocument.Parse(r.Body);
                var root = doc.RootElement;
                if (root.ValueKind == JsonValueKind.Object)
                {
                    foreach (var name in new[] { "_jobId", "_id" })
                    {
                        if (root.TryGetProperty(name, out var id) && id.ValueKind == JsonValueKind.String)
                        {
                            return id.GetString();
                        }
                    }
                }
            }
            catch (JsonException)
            {
                // The call was accepted (2xx); an unexpected body must not turn that into a failure.
            }
            return null;
        }
    }
}
