using System;
using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>Commands about jobs (wait, stop, save their files): -Id, or jobs piped in.</summary>
    public abstract class JobInputCommand : CeligoCmdlet
    {
        protected const string ByIdSet = "ById";
        protected const string PipelineSet = "Pipeline";
        private const string Accepted = "jobs (from Get-CeligoJob or Invoke-CeligoFlow) or objects with a JobId property";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("JobId", "_jobId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.JobIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Jobs (from Get-CeligoJob, Invoke-CeligoFlow), or objects with a JobId or Id.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>The job ids this record names, checked; each bad one is reported and left out.</summary>
        internal IReadOnlyList<string> JobIdsOrReport()
        {
            var ids = new List<string>();
            IEnumerable<string> texts;
            try
            {
                // Rows (CSV, custom objects) may name a job by a plain Id.
                texts = ParameterSetName == ByIdSet ? Id! : new[] { PipeBind.IdOf<CeligoJob>(InputObject, "JobId", Accepted, rowsMayUsePlainId: true) };
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
                return ids;
            }
            foreach (var text in texts)
            {
                try
                {
                    ids.Add(RequireId(text, "job id"));
                }
                catch (ArgumentException e)
                {
                    ReportFailure(e, text);
                }
            }
            return ids;
        }
    }
}
