using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Flows
{
    /// <summary>
    /// How each flow's runs went over a window (the last day by default): runs completed, failed and
    /// canceled, records by outcome, average run time, last run; the account's, or some integrations'
    /// or flows' (named, or piped in and gathered into one call).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CeligoFlowRunStatistic", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(FlowRunStatistic))]
    public sealed class GetCeligoFlowRunStatisticCommand : ScopeInputCommand
    {

        /// <summary>The start of the window: runs created after it count. A day ago by default.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        /// <summary>The end of the window; now by default.</summary>
        [Parameter]
        public DateTime? Until { get; set; }

        protected override void EndProcessing()
        {
            var until = Until ?? DateTime.Now;
            var since = Since ?? until.AddDays(-1);
            if (since >= until)
            {
                ReportFailure(new ArgumentException($"-Since {since} is not before -Until {until}; give a window that starts before it ends."), Since);
            }
            else if (!AsksForNothing)
            {
                Run(async (output, ct) =>
                {
                    var names = Names.LoadEveryFlowAsync(ct);
                    await foreach (var page in Client.ListFlowRunStatsAsync(Scope.IntegrationIds, Scope.FlowIds, since, until, ct))
                    {
                        await names;
                        foreach (var row in page)
                        {
                            row.FlowName ??= Names.FlowName(row.FlowId);
                            output.Object(row);
                        }
                    }
                });
            }
            base.EndProcessing();
        }
    }
}
