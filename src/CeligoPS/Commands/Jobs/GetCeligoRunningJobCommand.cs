using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Jobs
{
    /// <summary>
    /// The jobs in progress across the account, in one snapshot (the API's own view of work under way,
    /// with no date window to choose): flow and retry jobs queued, running, retrying or canceling,
    /// optionally of some integrations or flows. Piped flows and integrations are gathered into one call.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CeligoRunningJob", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CeligoJob))]
    public sealed class GetCeligoRunningJobCommand : ScopeInputCommand
    {

        [Parameter]
        [ValidateSet("queued", "running", "retrying", "canceling", IgnoreCase = true)]
        public string[]? Status { get; set; }

        protected override void EndProcessing()
        {
            // Piped input that was all refused asks for nothing, rather than for the whole account.
            if (!AsksForNothing)
            {
                var statuses = Status?.Select(s => s.ToLowerInvariant()).Distinct().ToList();
                Run((output, ct) => StreamAsync(
                    Names.NameJobsAsync(Client.ListRunningJobsAsync(Scope.IntegrationIds, Scope.FlowIds, statuses, ct), ct),
                    j => j, output, ct));
            }
            base.EndProcessing();
        }
    }
}
