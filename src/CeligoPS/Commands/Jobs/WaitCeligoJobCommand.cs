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
    public sealed class WaitCeligoJobCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";
        private readonly List<string> _jobs = new List<string>();

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("JobId", "_jobId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>Jobs (from Get-CeligoJob, Invoke-CeligoFlow), or objects with a JobId or Id.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>How long to wait (a TimeSpan or seconds).</summary>
        [Parameter]
        [TimeSpanTransformation]
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

        protected override void ProcessRecord()
        {
            try
            {
                foreach (var id in ParameterSetName == ByIdSet ? Id! : new[] { JobIdOf(InputObject) })
                {
                    _jobs.Add(RequireId(id, "job id"));
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
            }
        }

        protected override void EndProcessing()
        {
            if (_jobs.Count > 0)
            {
                Run((output, ct) => JobWaiter.WaitAsync(Client, _jobs, Timeout, "Waiting for Celigo jobs", output, ct));
            }
            base.EndProcessing();
        }

        internal static string JobIdOf(object? input) => PipeBind.Unwrap(input) is CeligoJob job
            ? job.Id
            : PipeBind.Property(input, "JobId", "_jobId") ?? (PipeBind.IsOtherModel<CeligoJob>(input) ? null : PipeBind.Property(input, "Id", "_id"))
              ?? throw PipeBind.WrongKind(input, "jobs (from Get-CeligoJob or Invoke-CeligoFlow) or objects with a JobId property");
    }
}
