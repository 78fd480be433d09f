using System;
using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Jobs
{
    /// <summary>Waits until jobs have ended, showing progress, and returns the final jobs as each ends.</summary>
    [Cmdlet(VerbsLifecycle.Wait, "CeligoJob", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(CeligoJob))]
    public sealed class WaitCeligoJobCommand : JobInputCommand
    {
        private readonly List<string> _jobs = new List<string>();

        /// <summary>How long to wait (a TimeSpan or seconds).</summary>
        [Parameter]
        [TimeSpanTransformation]
        [ValidatePositiveTimeSpan]
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

        protected override void ProcessRecord() => _jobs.AddRange(JobIdsOrReport());

        protected override void EndProcessing()
        {
            if (_jobs.Count > 0)
            {
                Run((output, ct) => JobWaiter.WaitAsync(Client, Names, _jobs, Timeout, "Waiting for Celigo jobs", output, ct));
            }
            base.EndProcessing();
        }
    }
}
