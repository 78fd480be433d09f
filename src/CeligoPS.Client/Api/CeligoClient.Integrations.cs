using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        public IAsyncEnumerable<IReadOnlyList<Integration>> ListIntegrationsAsync(CancellationToken ct) =>
            _pager.LinkPagesAsync<Integration>("/v1/integrations", ct);

        public Task<Integration> GetIntegrationAsync(string id, CancellationToken ct) =>
            GetAsync<Integration>($"/v1/integrations/{Segment.Of(id)}", ct);
    }
}
