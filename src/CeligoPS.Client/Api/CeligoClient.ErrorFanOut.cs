using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    /// <summary>
    /// Errors of a whole flow or job: the API files errors per step, so these list every step that can
    /// have some, several at a time (Options.MaxConcurrency), streaming pages as they come.
    /// </summary>
    public sealed partial class CeligoClient
    {
        public Task<FlowErrorSummary> GetFlowErrorSummaryAsync(string flowId, CancellationToken ct) =>
            _transport.SendAsync(Http.ApiRequest.Get($"/v1/flows/{Segment.Of(flowId)}/errors"),
                r => r.IsEmpty ? new FlowErrorSummary() : Json.CeligoJson.Deserialize<FlowErrorSummary>(r.Body), ct);

        /// <summary>
        /// A flow's errors. For open errors the flow's summary names the steps that have any, so steps
        /// without errors cost no request; resolved errors are looked up on every step.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<StepError>> ListFlowErrorsAsync(Flow flow, ErrorQuery? query,
            Action<Exception, string>? onStepFailure, [EnumeratorCancellation] CancellationToken ct)
        {
            query ??= new ErrorQuery();
            IReadOnlyList<string> steps;
            if (!query.Resolved && query.FlowJobId == null)
            {
                var summary = await GetFlowErrorSummaryAsync(flow.Id, ct).ConfigureAwait(false);
                steps = (summary.FlowErrors ?? new List<StepErrorCount>())
                    .Where(s => s.NumError > 0 && !string.IsNullOrEmpty(s.StepId)).Select(s => s.StepId!).Distinct().ToList();
            }
            else
            {
                steps = (await FlowWithStepsAsync(flow.Id, flow, ct).ConfigureAwait(false)).StepIds();
            }
            await foreach (var page in ListStepsErrorsAsync(flow.Id, steps, query, onStepFailure, ct).ConfigureAwait(false))
            {
                yield return page;
            }
        }

        /// <summary>
        /// The errors of every flow of an integration, a flow at a time (each flow's steps several at a
        /// time); <paramref name="onFlow"/> sees each flow before its errors are read.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<StepError>> ListIntegrationErrorsAsync(string integrationId, ErrorQuery? query, Action<Flow>? onFlow,
            Action<Exception, string>? onStepFailure, [EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var flows in ListFlowsAsync(integrationId, ct).ConfigureAwait(false))
            {
                foreach (var flow in flows)
                {
                    onFlow?.Invoke(flow);
                    await foreach (var page in ListFlowErrorsAsync(flow, query, onStepFailure, ct).ConfigureAwait(false))
                    {
                        yield return page;
                    }
                }
            }
        }

        /// <summary>
        /// The open errors a job left: for a flow job, those of its child steps that reported errors,
        /// filtered to this run; for a child or retry job, those of its own step.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<StepError>> ListJobErrorsAsync(CeligoJob job, ErrorQuery? query,
            Action<Exception, string>? onStepFailure, [EnumeratorCancellation] CancellationToken ct)
        {
            var scoped = Clone(query);
            string flowId;
            IReadOnlyList<string> steps;
            if (job.Type == "export" || job.Type == "import")
            {
                var parent = await GetJobAsync(job.FlowJobId ?? throw new ArgumentException($"The {job.Type} job {job.Id} names no flow job."), ct).ConfigureAwait(false);
                flowId = parent.FlowId ?? throw new ArgumentException($"The flow job {parent.Id} names no flow.");
                scoped.FlowJobId = parent.Id;
                steps = new[] { job.StepId! };
            }
            else if (job.Type == "retry")
            {
                flowId = job.FlowId ?? throw new ArgumentException($"The retry job {job.Id} names no flow.");
                scoped.FlowJobId = job.FlowJobId;
                steps = string.IsNullOrEmpty(job.StepId) ? (await GetFlowAsync(flowId, ct).ConfigureAwait(false)).StepIds() : new[] { job.StepId! };
            }
            else
            {
                flowId = job.FlowId ?? throw new ArgumentException($"The job {job.Id} names no flow, so its errors cannot be found.");
                scoped.FlowJobId = job.Id;
                var family = await GetJobFamilyAsync(job.Id, ct).ConfigureAwait(false);
                var children = family.Children ?? new List<CeligoJob>();
                steps = children.Count > 0
                    ? children.Where(c => !string.IsNullOrEmpty(c.StepId) && (c.NumOpenError ?? c.NumError ?? 1) > 0).Select(c => c.StepId!).Distinct().ToList()
                    : (await GetFlowAsync(flowId, ct).ConfigureAwait(false)).StepIds();
            }
            await foreach (var page in ListStepsErrorsAsync(flowId, steps, scoped, onStepFailure, ct).ConfigureAwait(false))
            {
                yield return page;
            }
        }

        private IAsyncEnumerable<IReadOnlyList<StepError>> ListStepsErrorsAsync(string flowId, IReadOnlyList<string> steps, ErrorQuery query,
            Action<Exception, string>? onStepFailure, CancellationToken ct) =>
            FanOut.MergeAsync(steps, (step, token) => ListErrorsAsync(flowId, step, query, token), Options.MaxConcurrency,
                onStepFailure == null ? null : new Action<Exception, string>((e, step) => onStepFailure(e, $"step {step} of flow {flowId}")), ct);

        private static ErrorQuery Clone(ErrorQuery? q) => new ErrorQuery
        {
            Resolved = q?.Resolved ?? false,
            Since = q?.Since,
            Until = q?.Until,
            Sources = q?.Sources,
            Classifications = q?.Classifications,
            FlowJobId = q?.FlowJobId,
        };
    }
}
