using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>One request a step made, with its response: the one behind an error's reqAndResKey, or a row of its request log.</summary>
        public async Task<StepRequest> GetStepRequestAsync(string flowId, string stepId, string key, CancellationToken ct)
        {
            var request = await GetAsync<StepRequest>($"/v1/flows/{Segment.Of(flowId)}/{Segment.Of(stepId)}/requests/{Segment.Of(key)}", ct).ConfigureAwait(false);
            request.FlowId = flowId;
            request.StepId = stepId;
            request.Key ??= key;
            return request;
        }

        /// <summary>
        /// The requests a step logged while its debug log was on, oldest first, optionally in a window
        /// (the API filters on epoch milliseconds: after <paramref name="since"/>, up to <paramref name="until"/>).
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<StepRequest>> ListStepRequestsAsync(string flowId, string stepId, DateTime? since, DateTime? until,
            IReadOnlyList<int>? statusCodes, [EnumeratorCancellation] CancellationToken ct)
        {
            var query = new QueryBuilder()
                .Add("time_gt", EpochMs(since))
                .Add("time_lte", EpochMs(until))
                .AddEach("statusCode", statusCodes?.Select(code => code.ToString(CultureInfo.InvariantCulture)));
            var first = ApiRequest.Get(query.AppendTo($"/v1/flows/{Segment.Of(flowId)}/{Segment.Of(stepId)}/requests"));
            await foreach (var page in _pager.BodyPagesAsync<StepRequest>(first, "requests", ApiRequest.Get, ct).ConfigureAwait(false))
            {
                foreach (var row in page)
                {
                    row.FlowId = flowId;
                    row.StepId = stepId;
                }
                yield return page;
            }
        }

        /// <summary>A query filter's epoch milliseconds (request and script logs), or null for no filter.</summary>
        private static string? EpochMs(DateTime? at) => at.HasValue ? IsoDate.EpochMilliseconds(at.Value).ToString(CultureInfo.InvariantCulture) : null;
    }
}
