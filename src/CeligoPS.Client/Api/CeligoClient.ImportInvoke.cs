using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json.Nodes;
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
        /// <summary>Records per <c>POST /v1/imports/{id}/invoke</c>.</summary>
        public const int MaxImportRecordsPerCall = 1000;

        /// <summary>
        /// Sends records through an import on its own, without a flow or a job (<c>POST /v1/imports/{id}/invoke</c>,
        /// celigo-api.md §4.5): one result per record, in order. It writes to the target system, so a call
        /// that failed after it may have acted is never sent again.
        /// </summary>
        public async Task<IReadOnlyList<ImportRecordResult>> InvokeImportAsync(string importId, IReadOnlyList<JsonNode> records, int firstIndex, CancellationToken ct)
        {
            var body = Encoding.UTF8.GetBytes(new JsonArray(records.Select(r => (JsonNode?)r.DeepClone()).ToArray()).ToJsonString());
            var request = new ApiRequest(HttpMethod.Post, $"/v1/imports/{Segment.Of(importId)}/invoke", body, RetryMode.OnlyIfNotActed) { AttemptTimeout = SlowCall };
            var results = await _transport.SendAsync(request, r => r.IsEmpty ? new List<ImportRecordResult>() : CeligoJson.Deserialize<List<ImportRecordResult>>(r.Body), ct).ConfigureAwait(false);
            for (var i = 0; i < results.Count; i++)
            {
                results[i].ImportId = importId;
                results[i].Index = firstIndex + i;
            }
            return results;
        }
    }
}
