using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>
    /// Retries errors: piped errors, the open errors of piped jobs, or retry data keys of one step. Input
    /// is gathered first and sent per step in calls of at most 1000 keys, each key once.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CeligoErrorRetry", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(RetryResult))]
    public sealed class InvokeCeligoErrorRetryCommand : ErrorKeyInputCommand
    {
        private const string Accepted = "errors (from Get-CeligoError), jobs (from Get-CeligoJob), or objects with FlowId, StepId and RetryDataKey properties";

        // (flow, step) -> retry data keys, in the order they arrived.
        private readonly Dictionary<(string Flow, string Step), List<string>> _pending = new Dictionary<(string, string), List<string>>();
        private readonly HashSet<(string, string, string)> _seen = new HashSet<(string, string, string)>();
        private int _notRetriable;
        // Each step's retry calls: when they were sent, how many, and the jobs the API named (if it did).
        private readonly List<(string Flow, string Step, DateTime Since, int Calls, IReadOnlyList<string> Jobs)> _submitted =
            new List<(string, string, DateTime, int, IReadOnlyList<string>)>();

        /// <summary>Waits for the retry jobs the retries started, and returns them when they end.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>How long -Wait waits (a TimeSpan or seconds).</summary>
        [Parameter]
        [TimeSpanTransformation]
        [ValidatePositiveTimeSpan]
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

        protected override void ProcessRecord()
        {
            try
            {
                if (ParameterSetName == KeySet)
                {
                    foreach (var (flow, step, key) in NamedKeys())
                    {
                        Queue(flow, step, key);
                    }
                    return;
                }
                switch (PipeBind.Unwrap(InputObject))
                {
                    case StepError error:
                        Add(error);
                        break;
                    case CeligoJob job:
                        AddErrorsOf(job);
                        break;
                    default:
                        var (flow, step, key) = PipedKey();
                        if (key == null)
                        {
                            throw PipeBind.WrongKind(InputObject, Accepted);
                        }
                        Queue(RequireId(flow, "flow id"), RequireId(step, "step id"), key);
                        break;
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? FlowId);
            }
        }

        /// <summary>
        /// A job's open errors are looked up now, several jobs at once; the retries go out once all
        /// input is in. What is found is gathered on the pipeline thread, like all other input.
        /// </summary>
        private void AddErrorsOf(CeligoJob job) =>
            RunOverlapped(async (output, ct) =>
            {
                var found = new List<StepError>();
                await foreach (var page in Client.ListJobErrorsAsync(job, null, (e, what) => output.Error(e, what), ct))
                {
                    found.AddRange(page);
                }
                output.OnPipelineThread(() =>
                {
                    WriteVerbose($"Job {job.Id}: {found.Count} open error(s).");
                    found.ForEach(Add);
                });
            }, job.Id);

        protected override void EndProcessing()
        {
            FinishPipedWork();
            if (_notRetriable > 0)
            {
                WriteWarning($"{_notRetriable} error(s) carry no retry data and cannot be retried; resolve them or fix the source instead.");
            }
            // Asked step by step, naming flows and steps, then sent all at once.
            LoadNamesIfAsked(_pending.Keys.Select(k => k.Flow));
            var approved = _pending
                .Select(group => (Flow: group.Key.Flow, Step: group.Key.Step, Keys: group.Value))
                .Where(g => ShouldProcess($"{g.Keys.Count} error(s) of {Names.DescribeStep(g.Flow, g.Step)} (retry data keys: {Preview(g.Keys)})", "Retry"))
                .ToList();
            RunEach(approved, g => $"{g.Keys.Count} error(s) of {Names.DescribeStep(g.Flow, g.Step)}", async (g, output, ct) =>
            {
                // The API's clock, not ours, stamps the retry job; a minute of slack covers the skew.
                var before = DateTime.Now.AddMinutes(-1);
                IReadOnlyList<RetrySubmission> submissions;
                try
                {
                    submissions = await Client.RetryErrorsAsync(g.Flow, g.Step, g.Keys, ct);
                }
                catch (CeligoPartialFailureException partial) when (partial.Done.Count > 0)
                {
                    await Names.LoadAsync(new[] { g.Flow }, ct);
                    output.Object(new RetryResult(g.Flow, g.Step, partial.Done, (partial.Done.Count + CeligoClient.MaxIdsPerCall - 1) / CeligoClient.MaxIdsPerCall, null, "Submitted", Names));
                    throw;
                }
                await Names.LoadAsync(new[] { g.Flow }, ct); // for the result; read while the input came in
                var named = submissions.Select(s => s.JobId).OfType<string>().ToList();
                lock (_submitted)
                {
                    _submitted.Add((g.Flow, g.Step, before, submissions.Count, named));
                }
                output.Object(new RetryResult(g.Flow, g.Step, g.Keys, submissions.Count, named.LastOrDefault(), "Submitted", Names));
            });
            if (Wait && _submitted.Count > 0)
            {
                Run(async (output, ct) =>
                {
                    var jobs = new List<string>();
                    foreach (var (flow, step, since, calls, named) in _submitted)
                    {
                        // One job per call: those the API named, else the newest retry jobs of the step.
                        var found = named.Count == calls ? named : (await Client.FindRetryJobsAsync(flow, step, since, calls, ct)).Select(j => j.Id).ToList();
                        if (found.Count < calls)
                        {
                            output.Warning($"{found.Count} of the {calls} retry job(s) of {Names.DescribeStep(flow, step)} were found; the others may have ended before they could be seen.");
                        }
                        jobs.AddRange(found);
                    }
                    await JobWaiter.WaitAsync(Client, Names, jobs, Timeout, "Waiting for retries", output, ct);
                });
            }
            base.EndProcessing();
        }

        private void Add(StepError error)
        {
            if (!error.Retriable)
            {
                _notRetriable++;
                WriteVerbose($"Error {error.ErrorId} of step {error.StepId} has no retry data; skipped.");
                return;
            }
            if (string.IsNullOrEmpty(error.FlowId) || string.IsNullOrEmpty(error.StepId))
            {
                ReportFailure(new ArgumentException($"Error {error.ErrorId} does not say which flow and step it belongs to; pipe errors from Get-CeligoError."), error);
                return;
            }
            Queue(error.FlowId, error.StepId, error.RetryDataKey!);
        }

        private void Queue(string flowId, string stepId, string key)
        {
            // Each key once, however often it arrives (the same error piped twice, or a job and its errors).
            if (!_seen.Add((flowId, stepId, key)))
            {
                return;
            }
            if (!_pending.TryGetValue((flowId, stepId), out var keys))
            {
                _pending[(flowId, stepId)] = keys = new List<string>();
                PrefetchNames(flowId);
            }
            keys.Add(key);
        }

        private static string Preview(IReadOnlyList<string> keys) =>
            keys.Count <= 5 ? string.Join(", ", keys) : string.Join(", ", keys.Take(5)) + $", and {keys.Count - 5} more";
    }
}
