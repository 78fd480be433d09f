using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;

namespace CeligoPS.Base
{
    /// <summary>
    /// What every Watch- command shares: it looks at the account every -PollInterval, writes each new
    /// object once as it is found, shows a progress line meanwhile, and stops at -Timeout or -Until
    /// (or Ctrl+C). Nothing is asked of the user, so it runs in a runbook. Each look goes through the
    /// session's client, so it shares the account's rate limit with everything else. What is watched is
    /// the account, or the integrations and flows named or piped in.
    /// </summary>
    public abstract class WatchCommand : ScopeInputCommand
    {
        /// <summary>How long to watch (a TimeSpan or seconds).</summary>
        [Parameter]
        [TimeSpanTransformation]
        [ValidatePositiveTimeSpan]
        public TimeSpan? Timeout { get; set; }

        /// <summary>When to stop watching.</summary>
        [Parameter]
        public DateTime? Until { get; set; }

        /// <summary>The time between looks (a TimeSpan or seconds); 30 seconds by default.</summary>
        [Parameter]
        [TimeSpanTransformation]
        [ValidatePositiveTimeSpan]
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>What is watched for, for the progress line ("failed flow jobs").</summary>
        internal abstract string Watching { get; }

        /// <summary>
        /// A look at the account: the objects that are new since the last one (none at the first, which
        /// takes note of what is there already); null when there is nothing to watch.
        /// </summary>
        internal abstract Func<CancellationToken, Task<IReadOnlyList<object>>>? StartWatch(AsyncOutput output);

        protected override void EndProcessing()
        {
            var started = DateTime.Now;
            var deadline = Deadline(started);
            if (deadline <= started)
            {
                ReportFailure(new ArgumentException($"-Until {Until} has passed; give a time in the future, or -Timeout."), Until);
                base.EndProcessing();
                return;
            }
            Run(async (output, ct) =>
            {
                var look = StartWatch(output);
                if (look == null)
                {
                    return;
                }
                var reported = 0;
                await look(ct);
                while (DateTime.Now < deadline)
                {
                    var next = deadline - DateTime.Now < PollInterval ? deadline : DateTime.Now + PollInterval;
                    output.Progress(new ProgressRecord(1, $"Watching for {Watching}",
                        $"since {started:T}: {reported} found; next look at {next:T}{(deadline == DateTime.MaxValue ? "" : $", stops at {deadline:T}")}"));
                    var wait = next - DateTime.Now;
                    await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, ct);
                    foreach (var item in await look(ct))
                    {
                        reported++;
                        output.Object(item);
                    }
                }
                output.Progress(new ProgressRecord(1, $"Watching for {Watching}", "Done") { RecordType = ProgressRecordType.Completed });
            });
            base.EndProcessing();
        }

        /// <summary>The earlier of -Until and the start plus -Timeout; without either, never.</summary>
        private DateTime Deadline(DateTime started)
        {
            var byTimeout = Timeout.HasValue ? started + Timeout.Value : DateTime.MaxValue;
            var byUntil = Until == null ? DateTime.MaxValue : Until.Value.Kind == DateTimeKind.Utc ? Until.Value.ToLocalTime() : Until.Value;
            return byTimeout < byUntil ? byTimeout : byUntil;
        }
    }
}
