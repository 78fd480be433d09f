using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Watches
{
    /// <summary>Writes each job that comes to have a status (failed, by default) while it watches, once.</summary>
    [Cmdlet(VerbsCommon.Watch, "CeligoJob")]
    [OutputType(typeof(CeligoJob))]
    public sealed class WatchCeligoJobCommand : WatchCommand
    {
        [Parameter]
        [ValidateSet("queued", "running", "completed", "failed", "canceled", "retrying", "canceling", IgnoreCase = true)]
        public string[] Status { get; set; } = { "failed" };

        [Parameter]
        [ValidateSet("flow", "retry", "bulk_retry", IgnoreCase = true)]
        public string Type { get; set; } = "flow";

        [Parameter]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        [Parameter]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string? FlowId { get; set; }

        /// <summary>Only jobs created since then are looked at; a day before the watch starts by default.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        internal override string Watching => $"{string.Join(" or ", Status.Select(s => s.ToLowerInvariant()))} {Type.ToLowerInvariant()} jobs";

        internal override Func<CancellationToken, Task<IReadOnlyList<object>>>? StartWatch(AsyncOutput output)
        {
            JobWatch watch;
            try
            {
                watch = new JobWatch(Client, Status, Type.ToLowerInvariant(),
                    IntegrationId == null ? null : RequireId(IntegrationId, "integration id"),
                    FlowId == null ? null : RequireId(FlowId, "flow id"),
                    Since ?? DateTime.Now.AddDays(-1));
            }
            catch (ArgumentException e)
            {
                output.Error(e, (object?)FlowId ?? IntegrationId);
                return null;
            }
            return async ct =>
            {
                var jobs = await watch.LookAsync(ct);
                if (jobs.Count > 0)
                {
                    await Names.LoadEveryFlowAsync(ct);
                }
                foreach (var job in jobs)
                {
                    Names.Name(job);
                }
                return jobs.Cast<object>().ToList();
            };
        }
    }
}
