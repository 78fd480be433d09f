using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Account
{
    /// <summary>The daily health check in one command: failed and running flow jobs, open errors per flow, offline connections.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoHealthReport")]
    [OutputType(typeof(HealthReport))]
    public sealed class GetCeligoHealthReportCommand : CeligoCmdlet
    {
        /// <summary>The start of the window; 24 hours ago by default.</summary>
        [Parameter(Position = 0)]
        public DateTime? Since { get; set; }

        [Parameter]
        public DateTime? Until { get; set; }

        protected override void EndProcessing()
        {
            var until = Until ?? DateTime.Now;
            var since = Since ?? until.AddDays(-1);
            if (since > until)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-Since ({since:u}) is after -Until ({until:u}). Swap them."),
                    "SinceAfterUntil", ErrorCategory.InvalidArgument, since));
            }
            Run(async (output, ct) =>
            {
                var report = await Client.GetHealthReportAsync(since, until, ct);
                foreach (var summary in report.OpenErrors)
                {
                    PSObjectFactory.Tag(summary, TypeNames.ErrorSummary);
                }
                output.Object(PSObjectFactory.Tag(report, TypeNames.HealthReport));
            }, "health report");
        }
    }
}
