using System.Collections.Generic;
using System.Net.Http;
using System.Threading;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>
        /// The jobs in progress across the account (<c>POST /v1/jobs/current</c>, celigo-api.md §4.6):
        /// flow and retry jobs queued, running, retrying or canceling, optionally of some integrations or
        /// flows or in some of those statuses. A read, so it is safe to send again; later pages are asked
        /// for with the same body at the answer's nextPageURL.
        /// </summary>
        public IAsyncEnumerable<IReadOnlyList<CeligoJob>> ListRunningJobsAsync(IReadOnlyList<string>? integrationIds, IReadOnlyList<string>? flowIds,
            IReadOnlyList<string>? statuses, CancellationToken ct)
        {
            var filter = new Dictionary<string, object>();
            if (integrationIds != null && integrationIds.Count > 0)
            {
                filter["_integrationIds"] = integrationIds;
            }
            if (flowIds != null && flowIds.Count > 0)
            {
                filter["_flowIds"] = flowIds;
            }
            if (statuses != null && statuses.Count > 0)
            {
                filter["status"] = statuses;
            }
            var body = CeligoJson.Serialize(filter);
            ApiRequest Post(string url) => new ApiRequest(HttpMethod.Post, url, body, RetryMode.Idempotent, changesState: false);
            return _pager.BodyPagesAsync<CeligoJob>(Post("/v1/jobs/current"), "jobs", Post, ct);
        }
    }
}
