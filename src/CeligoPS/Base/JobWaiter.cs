using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Waits for jobs the way every waiting command does: a progress bar while they run, each job
    /// written as soon as it ends, a failed job also reported as an error, and the jobs still running at
    /// the timeout reported by name.
    /// </summary>
    internal static class JobWaiter
    {
        /// <param name="runs">Flow runs whose later flow jobs (one per page generator run one after the other) are followed too.</param>
        public static async Task WaitAsync(CeligoClient client, NameBook names, IReadOnlyCollection<string> jobIds, TimeSpan timeout, string activity,
            AsyncOutput output, CancellationToken ct, IReadOnlyList<FlowRunJobs>? runs = null)
        {
            if (jobIds.Count == 0)
            {
                return;
            }
            // Jobs name their flows: every flow's name in one listing, read before the first job can end.
            await names.LoadEveryFlowAsync(ct).ConfigureAwait(false);
            var started = DateTime.UtcNow;
            var ended = new HashSet<string>(StringComparer.Ordinal);
            IReadOnlyList<CeligoJob> unfinished;
            try
            {
                unfinished = await FollowAsync(client, names, jobIds, timeout, activity, output, ended, started, runs, ct).ConfigureAwait(false);
            }
            catch (Exception e) when (!(e is OperationCanceledException) && (e is CeligoApiException || e is CeligoTransportException))
            {
                // The jobs were started; only following them failed. Say which, so nobody starts them again.
                var going = jobIds.Concat(runs?.SelectMany(r => r.JobIds) ?? Enumerable.Empty<string>()).Distinct().Where(id => !ended.Contains(id)).ToList();
                throw new CeligoWaitInterruptedException(
                    $"Started, but could not be followed to the end: job(s) {string.Join(", ", going)} ({e.Message.TrimEnd('.')}). " +
                    $"They go on in integrator.io; see them with Get-CeligoJob -Id {string.Join(", ", going)}, or wait again with Wait-CeligoJob.", e);
            }
            output.Progress(new ProgressRecord(1, activity, "Done") { RecordType = ProgressRecordType.Completed });
            foreach (var job in unfinished)
            {
                names.Name(job);
                output.Object(job);
                output.Error(new TimeoutException($"Job {job.Id} was still {job.Status} after {timeout}; it goes on in integrator.io. Wait again with Wait-CeligoJob, or stop it with Stop-CeligoJob."), job.Id);
            }
        }

        private static Task<IReadOnlyList<CeligoJob>> FollowAsync(CeligoClient client, NameBook names, IReadOnlyCollection<string> jobIds, TimeSpan timeout,
            string activity, AsyncOutput output, HashSet<string> ended, DateTime started, IReadOnlyList<FlowRunJobs>? runs, CancellationToken ct) =>
            client.WaitForJobsAsync(jobIds, timeout,
                jobs => output.Progress(Progress(activity, jobs, Math.Max(jobIds.Count, jobs.Count), started)),
                job =>
                {
                    ended.Add(job.Id);
                    names.Name(job);
                    output.Object(job);
                    if (job.Status == "failed")
                    {
                        output.Error(new InvalidOperationException(
                            $"Job {job.Id} ({job.Type}{(job.FlowId == null ? "" : " of flow " + NameBook.Describe(names.FlowName(job.FlowId), job.FlowId))}) failed with {job.NumError ?? 0} error(s). See Get-CeligoError for them."), job.Id);
                    }
                }, ct, runs);

        private static ProgressRecord Progress(string activity, IReadOnlyList<CeligoJob> jobs, int total, DateTime started)
        {
            var ended = jobs.Count(j => CeligoJob.IsTerminal(j.Status));
            var byStatus = string.Join(", ", jobs.GroupBy(j => j.Status ?? "unknown").Select(g => $"{g.Count()} {g.Key}"));
            var records = jobs.Sum(j => (j.NumSuccess ?? 0) + (j.NumError ?? 0) + (j.NumIgnore ?? 0));
            return new ProgressRecord(1, activity, $"{byStatus}; {records} record(s) so far; {(DateTime.UtcNow - started).TotalSeconds:0} s")
            {
                PercentComplete = total == 0 ? 100 : Math.Min(100, ended * 100 / total),
            };
        }
    }
}
