using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Jobs
{
    /// <summary>Downloads the files jobs kept (a flow run's exported data) into a folder, each under its own name.</summary>
    [Cmdlet(VerbsData.Save, "CeligoJobFile", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class SaveCeligoJobFileCommand : JobInputCommand
    {
        /// <summary>An existing folder; each file is saved in it under its job's id and its name.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Path { get; set; }

        /// <summary>Only these files of the job (ids from its Files).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? FileId { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        private DownloadTarget? _target;

        protected override void ProcessRecord()
        {
            var ids = JobIdsOrReport();
            if (ids.Count == 0)
            {
                return;
            }
            try
            {
                _target ??= new DownloadTarget(this, Path!, Force, fileAllowed: false, "job file");
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, Path);
                return;
            }
            var piped = PipeBind.Unwrap(InputObject) as CeligoJob;
            foreach (var jobId in ids)
            {
                Run(async (output, ct) =>
                {
                    // The job names its files; one piped in already has them.
                    var job = piped?.Files != null && piped.Id == jobId ? piped : await Client.GetJobAsync(jobId, ct);
                    var files = (job.Files ?? new ItemList<JobFile>()).Where(f => f.Id != null && (FileId == null || FileId.Contains(f.Id))).ToList();
                    foreach (var missing in (FileId ?? new string[0]).Where(id => files.All(f => f.Id != id)))
                    {
                        output.Error(new ItemNotFoundException($"Job {jobId} has no file {missing}; its files are {string.Join(", ", (job.Files ?? new ItemList<JobFile>()).Select(f => $"{f.Id} ({f.Name})"))}."), missing);
                    }
                    var targets = new List<(JobFile File, string Path)>();
                    foreach (var file in files)
                    {
                        var described = $"file {file.Name ?? file.Id} of job {jobId}";
                        string path;
                        try
                        {
                            // Jobs may name their files alike: each is saved under its job's id and its name.
                            var name = file.Name ?? file.Id!;
                            path = _target.FileFor(name.StartsWith(jobId, StringComparison.Ordinal) ? name : $"{jobId}-{name}", described);
                        }
                        catch (Exception e) when (e is ArgumentException || e is IOException)
                        {
                            output.Error(e, file.Id);
                            continue;
                        }
                        if (output.Ask(() => ShouldProcess(path, $"Download {described}")))
                        {
                            _target.Claim(path, described);
                            targets.Add((file, path));
                        }
                    }
                    if (targets.Count == 0)
                    {
                        if (files.Count == 0 && FileId == null)
                        {
                            output.Warning($"Job {jobId} keeps no files (a run that exported nothing, or files already purged).");
                        }
                        return;
                    }
                    var urls = await Client.GetJobFileUrlsAsync(jobId, targets.Select(t => t.File.Id!).ToList(), ct);
                    if (urls == null)
                    {
                        output.Warning($"Job {jobId} has no files to download yet (the API answered 204, as while a canceled run's children are still canceling). Try again later.");
                        return;
                    }
                    for (var i = 0; i < targets.Count; i++)
                    {
                        var (file, path) = targets[i];
                        output.Progress(new ProgressRecord(1, $"Saving the files of job {jobId}", $"{file.Name} ({i + 1} of {targets.Count})")
                        {
                            PercentComplete = i * 100 / targets.Count,
                        });
                        var url = urls[i];
                        await WholeFile.WriteAsync(path, stream => Client.DownloadSignedAsync($"/v1/jobs/{jobId}/files/signedURL", url, stream, ct));
                        output.Item(path);
                    }
                    output.Progress(new ProgressRecord(1, $"Saving the files of job {jobId}", "Done") { RecordType = ProgressRecordType.Completed });
                }, jobId);
            }
        }
    }
}
