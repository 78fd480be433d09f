using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>The health check's four reads, run side by side, and the flows' names for what it lists.</summary>
        public async Task<HealthReport> GetHealthReportAsync(DateTime since, DateTime until, CancellationToken ct)
        {
            // Every flow, read once: for the names the report shows, and to find the standalone flows.
            var flows = CollectAsync(ListFlowsAsync(null, ct));
            var failed = CollectAsync(ListJobsAsync(new JobQuery { Type = "flow", Status = "failed", Since = since, Until = until }, ct));
            var running = CollectAsync(ListJobsAsync(new JobQuery { Type = "flow", Status = "running", Since = since, Until = until }, ct));
            var errors = OpenErrorsPerFlowAsync(flows, ct);
            var offline = CollectAsync(ListAsync(ResourceCollection<Connection>.Connections, null, ct));
            await Task.WhenAll(failed, running, errors, offline, flows).ConfigureAwait(false);
            var names = new NameBook(this);
            names.RememberEveryFlow(flows.Result);
            foreach (var job in failed.Result.Concat(running.Result))
            {
                names.Name(job);
            }
            foreach (var summary in errors.Result)
            {
                names.Name(summary);
            }
            return new HealthReport(since, until, failed.Result, running.Result, errors.Result,
                offline.Result.Where(c => c.Offline == true).ToList());
        }

        /// <summary>
        /// Open errors per flow: each integration's summary, and each standalone flow's own (flows in
        /// no integration exist, celigo-api.md §9, and no integration's summary counts them).
        /// </summary>
        private async Task<IReadOnlyList<ErrorSummary>> OpenErrorsPerFlowAsync(Task<IReadOnlyList<Flow>> flows, CancellationToken ct)
        {
            var integrations = CollectAsync(ListIntegrationsAsync(ct));
            await Task.WhenAll(integrations, flows).ConfigureAwait(false);
            var perIntegration = Task.WhenAll(integrations.Result.Select(i => CollectAsync(GetIntegrationErrorCountsAsync(i.Id, ct))));
            var standalone = Task.WhenAll(flows.Result.Where(f => string.IsNullOrEmpty(f.IntegrationId)).Select(f => StandaloneFlowErrorsAsync(f.Id, ct)));
            await Task.WhenAll(perIntegration, standalone).ConfigureAwait(false);
            return perIntegration.Result.SelectMany(l => l).Concat(standalone.Result)
                .Where(s => s.NumError > 0).OrderByDescending(s => s.NumError).ToList();
        }

        private async Task<ErrorSummary> StandaloneFlowErrorsAsync(string flowId, CancellationToken ct)
        {
            var steps = await GetFlowErrorCountsAsync(flowId, null, ct).ConfigureAwait(false);
            return new ErrorSummary(null, flowId, null, steps.Sum(s => s.NumError), steps.Count == 0 ? null : steps.Max(s => s.LastErrorAt));
        }

        /// <summary>Every item of a listing, in one list.</summary>
        internal static async Task<IReadOnlyList<T>> CollectAsync<T>(IAsyncEnumerable<IReadOnlyList<T>> pages)
        {
            var all = new List<T>();
            await foreach (var page in pages.ConfigureAwait(false))
            {
                all.AddRange(page);
            }
            return all;
        }
    }
}
