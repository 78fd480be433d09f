using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>
        /// All flows, or those of one integration (the flows list has no documented integration filter);
        /// instance flows included, without their steps.
        /// </summary>
        public IAsyncEnumerable<IReadOnlyList<Flow>> ListFlowsAsync(string? integrationId, CancellationToken ct) =>
            ListAsync(ResourceCollection<Flow>.Flows, integrationId, ct);

        /// <summary>A flow with its steps (an instance flow merged with its abstract flow).</summary>
        public Task<Flow> GetFlowAsync(string id, CancellationToken ct) =>
            GetAsync(ResourceCollection<Flow>.Flows, id, ct);

        /// <summary>
        /// <paramref name="flow"/> when it carries its steps, else the flow read again with them: an
        /// instance flow from a listing and a flow listed with a projection come without.
        /// </summary>
        public async Task<Flow> FlowWithStepsAsync(string flowId, Flow? flow, CancellationToken ct) =>
            flow != null && flow.HasStepList ? flow : await GetFlowAsync(flowId, ct).ConfigureAwait(false);
    }
}
