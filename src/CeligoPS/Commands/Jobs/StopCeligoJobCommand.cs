using System;
using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Jobs
{
    /// <summary>Cancels jobs (flow runs, retries, queued jobs); with -Wait, waits until they are canceled.</summary>
    [Cmdlet(VerbsLifecycle.Stop, "CeligoJob", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CeligoJob))]
    public sealed class StopCeligoJobCommand : JobInputCommand
    {
        private readonly List<string> _canceling = new List<string>();

        /// <summary>How long to wait (a TimeSpan or seconds).</summary>
        [Parameter]
        [TimeSpanTransformation]
        [ValidatePositiveTimeSpan]
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>Wait through canceling until each job is canceled (or ended otherwise).</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>Returns the job as the cancel left it (without -Wait).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var id in JobIdsOrReport())
            {
                if (!ShouldProcess($"job {id}", "Cancel"))
                {
                    continue;
                }
                Run(async (output, ct) =>
                {
                    var job = await Client.CancelJobAsync(id, ct);
                    if (Wait)
                    {
                        _canceling.Add(id);
                    }
                    else if (PassThru)
                    {
                        output.Object(job);
                    }
                }, id);
            }
        }

        protected override void EndProcessing()
        {
            if (_canceling.Count > 0)
            {
                Run((output, ct) => JobWaiter.WaitAsync(Client, Names, _canceling, Timeout, "Canceling Celigo jobs", output, ct));
            }
            base.EndProcessing();
        }
    }
}
