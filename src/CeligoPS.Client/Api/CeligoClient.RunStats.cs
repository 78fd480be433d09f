using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>
        /// Run statistics per flow for the flow runs created after <paramref name="since"/> and up to
        /// <paramref name="until"/> (<c>POST /v1/flows/runs/stats</c>, a read; later pages are asked for
        /// with the same body at the answer's nextPageURL).
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<FlowRunStatistic>> ListFlowRunStatsAsync(IReadOnlyList<string> integrationIds, IReadOnlyList<string> flowIds,
            DateTime since, DateTime until, [EnumeratorCancellation] CancellationToken ct)
        {
            var filter = new Dictionary<string, object>
            {
                ["time_gt"] = IsoDate.EpochMilliseconds(since),
                ["time_lte"] = IsoDate.EpochMilliseconds(until),
            };
            if (integrationIds.Count > 0)
            {
                filter["_integrationIds"] = integrationIds;
            }
            if (flowIds.Count > 0)
            {
                filter["_flowIds"] = flowIds;
            }
            var body = CeligoJson.Serialize(filter);
            ApiRequest Post(string url) => new ApiRequest(HttpMethod.Post, url, body, RetryMode.Idempotent, changesState: false);
            await foreach (var page in _pager.BodyPagesAsync<FlowRunStatistic>(Post("/v1/flows/runs/stats"), "stats", Post, ct).ConfigureAwait(false))
            {
                foreach (var row in page)
                {
                    row.Since = since;
                    row.Until = until;
                }
                yield return page;
            }
        }
    }
}
