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

        /// <summary>
        /// Sets errors' tags (PUT …/tags) to these short tag codes; none removes them. The body is the one
        /// Celigo's CLI sends, errors as id + retry data key (a Celigo skill documents {errorIds, tagIds};
        /// celigo-api.md §7 lists both).
        /// </summary>
        public Task<int> TagErrorsAsync(string flowId, string stepId, IEnumerable<StepError> errors, IReadOnlyList<string> tagIds, CancellationToken ct)
        {
            var byId = errors.Where(e => !string.IsNullOrEmpty(e.ErrorId)).GroupBy(e => e.ErrorId!).ToDictionary(g => g.Key, g => g.First());
            return SendErrorBatchesAsync(HttpMethod.Put, flowId, stepId, "tags", byId.Keys, ids => new Dictionary<string, object>
            {
                ["errors"] = ids.Select(id => new Dictionary<string, string?> { ["id"] = id, ["rdk"] = byId[id].RetryDataKey }).ToList(),
                ["tagIds"] = tagIds,
            }, ct);
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
