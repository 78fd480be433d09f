using System;
using System.IO;
using System.Management.Automation;
using CeligoPS.Base;

namespace CeligoPS.Commands.Jobs
{
    /// <summary>Downloads the diagnostics bundle (a zip) of jobs: what integrator.io support asks for first.</summary>
    [Cmdlet(VerbsData.Save, "CeligoJobDiagnostic", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveCeligoJobDiagnosticCommand : JobInputCommand
    {
        /// <summary>A folder (each bundle is named after its job) or, for one job, a file path.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Path { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        private DownloadTarget? _target;
        private int _saved;

        protected override void ProcessRecord()
        {
            foreach (var jobId in JobIdsOrReport())
            {
                string file;
                try
                {
                    _target ??= new DownloadTarget(this, Path!, Force, fileAllowed: true, "diagnostics bundle");
                    file = _target.FileFor($"{jobId}-diagnostics.zip", $"the diagnostics of job {jobId}");
                }
                catch (Exception e) when (e is ArgumentException || e is IOException)
                {
                    ReportFailure(e, jobId);
                    continue;
                }
                if (!ShouldProcess(file, $"Download the diagnostics bundle of job {jobId}"))
                {
                    continue;
                }
                _target.Claim(file, $"the diagnostics of job {jobId}");
                Run(async (output, ct) =>
                {
                    output.Progress(new ProgressRecord(1, "Saving job diagnostics", $"job {jobId} ({++_saved} so far)"));
                    await WholeFile.WriteAsync(file, stream => Client.DownloadJobDiagnosticsAsync(jobId, stream, ct));
                    output.Item(file);
                }, jobId);
            }
        }

        protected override void EndProcessing()
        {
            WriteProgress(new ProgressRecord(1, "Saving job diagnostics", "Done") { RecordType = ProgressRecordType.Completed });
            base.EndProcessing();
        }
    }
}
