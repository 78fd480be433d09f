using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>All flows, or those of one integration (the flows list has no documented integration filter).</summary>
        public IAsyncEnumerable<IReadOnlyList<Flow>> ListFlowsAsync(string? integrationId, CancellationToken ct) =>
            _pager.LinkPagesAsync<Flow>(integrationId == null ? "/v1/flows" : $"/v1/integrations/{Segment.Of(integrationId)}/flows", ct);

        public Task<Flow> GetFlowAsync(string id, CancellationToken ct) =>
            GetAsync<Flow>($"/v1/flows/{Segment.Of(id)}", ct);
    }
}
