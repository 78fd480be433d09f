using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    /// <summary>Starting, watching and stopping work: flow runs and jobs.</summary>
    public sealed partial class CeligoClient
    {
        /// <summary>
        /// Polling interval for waits. Celigo's UI polls every 5 s; a command line wants answers sooner,
        /// and one GET per job per second is far inside the account's 300 requests per second.
        /// </summary>
        public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>
        /// Runs a flow now and returns the id of the flow job it queued. The POST starts work, so it is
        /// never re-sent after a timeout or 5xx (see RetryMode).
        /// </summary>
        public Task<string> RunFlowAsync(string flowId, RunOptions? options, CancellationToken ct)
        {
            var body = CeligoJson.Serialize((options ?? new RunOptions()).ToBody());
            var request = new ApiRequest(HttpMethod.Post, $"/v1/flows/{Segment.Of(flowId)}/run", body, RetryMode.OnlyIfNotActed);
            return _transport.SendAsync(request, r =>
            {
                using var doc = JsonDocument.Parse(r.Body);
                var root = doc.RootElement.ValueKind == JsonValueKind.Array && doc.RootElement.GetArrayLength() > 0 ? doc.RootElement[0] : doc.RootElement;
                return root.ValueKind == JsonValueKind.Object && root.TryGetProperty("_jobId", out var id) && id.ValueKind == JsonValueKind.String
                    ? id.GetString()!
                    : throw new JsonException("The run answer names no _jobId.");
            }, ct);
        }

        /// <summary>The run that queued <paramref name="firstJobId"/>, to follow every flow job it starts (the flow is read for its page generators).</summary>
        public async Task<FlowRunJobs> FollowRunAsync(string flowId, string firstJobId, IReadOnlyList<string>? exportIds, CancellationToken ct) =>
            FlowRunJobs.Of(await GetFlowAsync(flowId, ct).ConfigureAwait(false), firstJobId, exportIds);

        /// <summary>Asks a job to stop: it goes to canceling, then canceled (PUT, so safe to repeat).</summary>
        public Task<CeligoJob> CancelJobAsync(string jobId, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.WithJson(HttpMethod.Put, $"/v1/jobs/{Segment.Of(jobId)}/cancel", "{}"),
                r => r.IsEmpty ? new CeligoJob { Id = jobId, Status = "canceling" } : CeligoJson.Deserialize<CeligoJob>(r.Body), ct);

        /// <summary>
        /// Polls jobs until each has ended (completed, failed or canceled), reporting every poll through
        /// <paramref name="onPoll"/> and every finished job through <paramref name="onDone"/> as it ends.
        /// Returns the jobs still running when <paramref name="timeout"/> ran out (none if all ended).
        /// With <paramref name="runs"/>, the flow jobs those runs start later are found and followed too.
        /// </summary>
        public async Task<IReadOnlyList<CeligoJob>> WaitForJobsAsync(IEnumerable<string> jobIds, TimeSpan timeout,
            Action<IReadOnlyList<CeligoJob>>? onPoll, Action<CeligoJob> onDone, CancellationToken ct, IReadOnlyList<FlowRunJobs>? runs = null)
        {
            var pending = jobIds.Distinct(StringComparer.Ordinal).ToList();
            var latest = new Dictionary<string, CeligoJob>();
            var deadline = DateTime.UtcNow + timeout;
            runs ??= Array.Empty<FlowRunJobs>();
            while (pending.Count > 0 || runs.Any(r => !r.Settled))
            {
                var polled = await Task.WhenAll(pending.Select(id => GetJobAsync(id, ct))).ConfigureAwait(false);
                foreach (var job in polled)
                {
                    latest[job.Id] = job;
                    if (CeligoJob.IsTerminal(job.Status))
                    {
                        pending.Remove(job.Id);
                        onDone(job);
                    }
                }
                // A run whose page generators run one after the other starts its next flow job as one ends.
                foreach (var run in runs)
                {
                    pending.AddRange((await run.DiscoverAsync(this, latest, ct).ConfigureAwait(false)).Where(id => !pending.Contains(id)));
                }
                onPoll?.Invoke(latest.Values.ToList());
                if ((pending.Count == 0 && runs.All(r => r.Settled)) || DateTime.UtcNow >= deadline)
                {
                    break;
                }
                var wait = deadline - DateTime.UtcNow;
                await Task.Delay(wait < PollInterval ? wait : PollInterval, ct).ConfigureAwait(false);
            }
            // A job found at the last poll has not been read yet.
            var unread = pending.Where(id => !latest.ContainsKey(id)).ToList();
            foreach (var job in await Task.WhenAll(unread.Select(id => GetJobAsync(id, ct))).ConfigureAwait(false))
            {
                latest[job.Id] = job;
            }
            return pending.Select(id => latest[id]).ToList();
        }

        /// <summary>
        /// The retry jobs that retry calls started: the API's answer names none, so they are the newest
        /// retry jobs of that flow and step created since the calls (how Celigo's UI finds pending
        /// retries), at most <paramref name="calls"/> of them, one per call (a step of more than 1000
        /// errors is retried in several calls, each with its own job).
        /// </summary>
        public async Task<IReadOnlyList<CeligoJob>> FindRetryJobsAsync(string flowId, string stepId, DateTime createdSince, int calls, CancellationToken ct)
        {
            var query = new JobQuery { Type = "retry", FlowId = flowId, Since = createdSince };
            var found = new List<CeligoJob>();
            await foreach (var page in ListJobsAsync(query, ct).ConfigureAwait(false))
            {
                found.AddRange(page.Where(j => j.StepId == stepId).Take(calls - found.Count));
                if (found.Count == calls)
                {
                    break;
                }
            }
            return found;
        }
    }
}
