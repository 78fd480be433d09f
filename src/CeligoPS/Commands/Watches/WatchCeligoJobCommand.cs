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
    /// <summary>Writes each job that comes to have a status (failed, by default) while it watches, once: in the account, or in some integrations or flows.</summary>
    [Cmdlet(VerbsCommon.Watch, "CeligoJob", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(CeligoJob))]
    public sealed class WatchCeligoJobCommand : WatchCommand
    {
        [Parameter]
        [ValidateSet("queued", "running", "completed", "failed", "canceled", "retrying", "canceling", IgnoreCase = true)]
        public string[] Status { get; set; } = { "failed" };

        [Parameter]
        [ValidateSet("flow", "retry", "bulk_retry", IgnoreCase = true)]
        public string Type { get; set; } = "flow";

        /// <summary>Only jobs created since then are looked at; a day before the watch starts by default.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        internal override string Watching => $"{string.Join(" or ", Status.Select(s => s.ToLowerInvariant()))} {Type.ToLowerInvariant()} jobs";

        internal override Func<CancellationToken, Task<IReadOnlyList<object>>>? StartWatch(AsyncOutput output)
        {
            if (AsksForNothing)
            {
                return null;
            }
            var watch = new JobWatch(Client, Status, Type.ToLowerInvariant(), Scope.IntegrationIds, Scope.FlowIds, Since ?? DateTime.Now.AddDays(-1));
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
