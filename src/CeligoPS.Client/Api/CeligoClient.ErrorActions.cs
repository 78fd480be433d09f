using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    /// <summary>
    /// What can be done to a step's errors besides retrying: resolve, delete resolved, assign, tag, fix
    /// retry data. Each bulk call carries at most 1000 ids (the API's and UI's batch size); these are
    /// PUT/DELETE calls that set a state, so repeating one is harmless and they are retried like GETs.
    /// </summary>
    public sealed partial class CeligoClient
    {
        /// <summary>Marks errors resolved (PUT …/resolved); they leave the open list.</summary>
        public Task<int> ResolveErrorsAsync(string flowId, string stepId, IEnumerable<string> errorIds, CancellationToken ct) =>
            SendErrorBatchesAsync(HttpMethod.Put, flowId, stepId, "resolved", errorIds, ids => new Dictionary<string, object> { ["errors"] = ids }, ct);

        /// <summary>Deletes resolved errors for good (DELETE …/resolved).</summary>
        public Task<int> DeleteResolvedErrorsAsync(string flowId, string stepId, IEnumerable<string> errorIds, CancellationToken ct) =>
            SendErrorBatchesAsync(HttpMethod.Delete, flowId, stepId, "resolved", errorIds, ids => new Dictionary<string, object> { ["errors"] = ids }, ct);

        /// <summary>Assigns errors to a user by email (PUT …/errors/assign), or clears the assignment (…/errors/unassign).</summary>
        public Task<int> AssignErrorsAsync(string flowId, string stepId, IEnumerable<string> errorIds, string? email, CancellationToken ct) =>
            email == null
                ? SendErrorBatchesAsync(HttpMethod.Put, flowId, stepId, "errors/unassign", errorIds, ids => new Dictionary<string, object> { ["errorIds"] = ids }, ct)
                : SendErrorBatchesAsync(HttpMethod.Put, flowId, stepId, "errors/assign", errorIds,
                    ids => new Dictionary<string, object> { ["errorIds"] = ids, ["email"] = email }, ct);

        // Which body the API took for tags, learned once per session (see TagErrorsAsync).
        private volatile bool _tagsByRetryDataKey;

        /// <summary>
        /// Sets errors' tags (PUT …/tags) to these short tag codes; none removes them. Sources disagree on
        /// the body (celigo-api.md §7, §9): Celigo's API reference documents <c>{errorIds, tagIds}</c>, its
        /// CLI sends <c>{errors: [{id, rdk}], tagIds}</c>. The documented one goes first; when the API
        /// refuses that body before acting on any error, the other is sent, and kept for the session.
        /// </summary>
        public async Task<int> TagErrorsAsync(string flowId, string stepId, IEnumerable<StepError> errors, IReadOnlyList<string> tagIds, CancellationToken ct)
        {
            var byId = errors.Where(e => !string.IsNullOrEmpty(e.ErrorId)).GroupBy(e => e.ErrorId!).ToDictionary(g => g.Key, g => g.First());
            Task<int> SendAsync(bool byRetryDataKey) => SendErrorBatchesAsync(HttpMethod.Put, flowId, stepId, "tags", byId.Keys, ids => new Dictionary<string, object>
            {
                [byRetryDataKey ? "errors" : "errorIds"] = byRetryDataKey
                    ? ids.Select(id => new Dictionary<string, string?> { ["id"] = id, ["rdk"] = byId[id].RetryDataKey }).ToList()
                    : (object)ids,
                ["tagIds"] = tagIds,
            }, ct);
            var shape = _tagsByRetryDataKey;
            try
            {
                return await SendAsync(shape).ConfigureAwait(false);
            }
            catch (Exception e) when (BodyRefusedBeforeActing(e))
            {
                _tagsByRetryDataKey = !shape;
                return await SendAsync(!shape).ConfigureAwait(false);
            }
        }

        /// <summary>A 400/422 about the body's error list, with nothing accepted before it.</summary>
        private static bool BodyRefusedBeforeActing(Exception e)
        {
            var api = e as CeligoApiException ?? (e is CeligoPartialFailureException { Done.Count: 0 } partial ? partial.InnerException as CeligoApiException : null);
            return api != null && (api.StatusCode == 400 || api.StatusCode == 422) &&
                   (api.Field is "errorIds" or "errors" || (api.ApiMessage ?? "").IndexOf("errorIds", StringComparison.Ordinal) >= 0);
        }

        /// <summary>Replaces a step's retry data (the record the next retry sends): PUT of the data document.</summary>
        public Task UpdateRetryDataAsync(string flowId, string stepId, string retryDataKey, byte[] document, CancellationToken ct) =>
            _transport.SendAsync(new ApiRequest(HttpMethod.Put, $"/v1/flows/{Segment.Of(flowId)}/{Segment.Of(stepId)}/{Segment.Of(retryDataKey)}/data", document),
                AnswerChecks.EmptyOrJson, ct);

        /// <summary>Sends ids in calls of at most 1000; returns how many calls it made.</summary>
        private async Task<int> SendErrorBatchesAsync(HttpMethod method, string flowId, string stepId, string action, IEnumerable<string> errorIds,
            Func<IReadOnlyList<string>, object> body, CancellationToken ct)
        {
            var ids = errorIds.Where(i => !string.IsNullOrEmpty(i)).Distinct(StringComparer.Ordinal).ToList();
            var path = $"/v1/flows/{Segment.Of(flowId)}/{Segment.Of(stepId)}/{action}";
            var batches = Batch(ids, MaxIdsPerCall).ToList();
            await _batches.SendAsync(batches, "error ids", (batch, token) =>
                _transport.SendAsync(new ApiRequest(method, path, JsonSerializer.SerializeToUtf8Bytes(body(batch), CeligoJson.Options)), AnswerChecks.EmptyOrJson, token),
                ct).ConfigureAwait(false);
            return batches.Count;
        }
    }
}
