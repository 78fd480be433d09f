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
            var names = new NameBook(this);
            var flowNames = names.LoadEveryFlowAsync(ct);
            var failed = CollectAsync(ListJobsAsync(new JobQuery { Type = "flow", Status = "failed", Since = since, Until = until }, ct));
            var running = CollectAsync(ListJobsAsync(new JobQuery { Type = "flow", Status = "running", Since = since, Until = until }, ct));
            var errors = OpenErrorsPerFlowAsync(ct);
            var offline = CollectAsync(ListAsync(ResourceCollection<Connection>.Connections, null, ct));
            await Task.WhenAll(failed, running, errors, offline, flowNames).ConfigureAwait(false);
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

        private async Task<IReadOnlyList<ErrorSummary>> OpenErrorsPerFlowAsync(CancellationToken ct)
        {
            var integrations = await CollectAsync(ListIntegrationsAsync(ct)).ConfigureAwait(false);
            var perIntegration = await Task.WhenAll(integrations.Select(i => CollectAsync(GetIntegrationErrorCountsAsync(i.Id, ct)))).ConfigureAwait(false);
            return perIntegration.SelectMany(l => l).Where(s => s.NumError > 0).OrderByDescending(s => s.NumError).ToList();
        }

        private static async Task<IReadOnlyList<T>> CollectAsync<T>(IAsyncEnumerable<IReadOnlyList<T>> pages)
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
