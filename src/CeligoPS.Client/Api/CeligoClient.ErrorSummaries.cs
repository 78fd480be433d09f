using System.Collections.Generic;
using System.Linq;
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
        /// <summary>Open errors per step of one flow.</summary>
        public async Task<IReadOnlyList<ErrorSummary>> GetFlowErrorCountsAsync(string flowId, string? integrationId, CancellationToken ct)
        {
            var summary = await GetFlowErrorSummaryAsync(flowId, ct).ConfigureAwait(false);
            return (summary.FlowErrors ?? new List<StepErrorCount>())
                .Where(s => !string.IsNullOrEmpty(s.StepId))
                .Select(s => new ErrorSummary(integrationId, flowId, s.StepId, s.NumError, s.LastErrorAt))
                .ToList();
        }

        /// <summary>
        /// Open errors per flow of an integration. Sources disagree on GET /v1/integrations/{id}/errors
        /// (celigo-api.md §7): Celigo's UI reads a per-flow summary, its 2026 CLI a page of error records.
        /// The summary is used when that is what comes back; otherwise each flow's own summary is read.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<ErrorSummary>> GetIntegrationErrorCountsAsync(string integrationId,
            [EnumeratorCancellation] CancellationToken ct)
        {
            var summary = await _transport.SendAsync(ApiRequest.Get($"/v1/integrations/{Segment.Of(integrationId)}/errors"), ReadFlowCounts, ct)
                .ConfigureAwait(false);
            if (summary != null)
            {
                yield return summary.Where(f => !string.IsNullOrEmpty(f.FlowId))
                    .Select(f => new ErrorSummary(integrationId, f.FlowId!, null, f.NumError, f.LastErrorAt)).ToList();
                yield break;
            }
            await foreach (var flows in ListFlowsAsync(integrationId, ct).ConfigureAwait(false))
            {
                foreach (var flow in flows)
                {
                    var steps = await GetFlowErrorCountsAsync(flow.Id, integrationId, ct).ConfigureAwait(false);
                    yield return new[]
                    {
                        new ErrorSummary(integrationId, flow.Id, null, steps.Sum(s => s.NumError), steps.Max(s => s.LastErrorAt)),
                    };
                }
            }
        }

        /// <summary>The per-flow summary array, or null when the body has another shape.</summary>
        private static List<FlowErrorCount>? ReadFlowCounts(ApiResponse r)
        {
            if (r.IsEmpty)
            {
                return new List<FlowErrorCount>();
            }
            using var doc = JsonDocument.Parse(r.Body);
            var root = doc.RootElement;
            if (root.ValueKind == JsonValueKind.Array &&
                root.EnumerateArray().All(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("_flowId", out _) && e.TryGetProperty("numError", out _)))
            {
                return root.Deserialize<List<FlowErrorCount>>(CeligoJson.Options);
            }
            return null;
        }
    }
}
