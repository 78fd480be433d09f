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
    public sealed class StopCeligoJobCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";
        private readonly List<string> _canceling = new List<string>();

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("JobId", "_jobId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>Jobs (from Get-CeligoJob, Invoke-CeligoFlow), or objects with a JobId or Id.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>Wait through canceling until each job is canceled (or ended otherwise).</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        [Parameter]
        [TimeSpanTransformation]
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(5);

        /// <summary>Returns the job as the cancel left it (without -Wait).</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            string[] ids;
            try
            {
                ids = ParameterSetName == ByIdSet ? Id! : new[] { WaitCeligoJobCommand.JobIdOf(InputObject) };
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
                return;
            }
            foreach (var text in ids)
            {
                string id;
                try
                {
                    id = RequireId(text, "job id");
                }
                catch (ArgumentException e)
                {
                    ReportFailure(e, text);
                    continue;
                }
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
                        output.Object(PSObjectFactory.Wrap(job, TypeNames.Job));
                    }
                }, text);
            }
        }

        protected override void EndProcessing()
        {
            if (_canceling.Count > 0)
            {
                Run((output, ct) => JobWaiter.WaitAsync(Client, _canceling, Timeout, "Canceling Celigo jobs", output, ct));
            }
            base.EndProcessing();
        }
    }
}
