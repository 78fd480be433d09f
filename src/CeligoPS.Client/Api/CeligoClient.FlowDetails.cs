using System.Collections.Generic;
using System.Linq;
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
        public Task<FlowDescendants> GetFlowDescendantsAsync(string flowId, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.Get($"/v1/flows/{Segment.Of(flowId)}/descendants"),
                r => r.IsEmpty ? new FlowDescendants() : CeligoJson.Deserialize<FlowDescendants>(r.Body), ct);

        /// <summary>A flow's steps in order, each with its export or import (one request for all of them).</summary>
        public async Task<IReadOnlyList<FlowStep>> GetFlowStepsAsync(Flow flow, CancellationToken ct)
        {
            var descendants = await GetFlowDescendantsAsync(flow.Id, ct).ConfigureAwait(false);
            var resources = descendants.Resources().GroupBy(r => r.Id).ToDictionary(g => g.Key, g => g.First());
            return flow.Steps()
                .Select((step, i) => new FlowStep(flow.Id, i + 1, step, resources.TryGetValue(step.StepId, out var r) ? r : null))
                .ToList();
        }

        public async Task<FlowCheckpoint> GetLastExportDateTimeAsync(string flowId, CancellationToken ct)
        {
            var result = await _transport.SendAsync(ApiRequest.Get($"/v1/flows/{Segment.Of(flowId)}/lastExportDateTime"),
                r => r.IsEmpty ? new FlowCheckpoint() : CeligoJson.Deserialize<FlowCheckpoint>(r.Body), ct).ConfigureAwait(false);
            result.FlowId = flowId;
            return result;
        }

        /// <summary>A step's retry data: the failed record(s) the next retry will send.</summary>
        public async Task<RetryData> GetRetryDataAsync(string flowId, string stepId, string retryDataKey, CancellationToken ct)
        {
            var result = await GetAsync<RetryData>($"/v1/flows/{Segment.Of(flowId)}/{Segment.Of(stepId)}/{Segment.Of(retryDataKey)}/data", ct).ConfigureAwait(false);
            result.FlowId = flowId;
            result.StepId = stepId;
            result.RetryDataKey = retryDataKey;
            return result;
        }
    }
}
