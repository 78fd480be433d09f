using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// The names of flows and of their steps, for messages and views that would otherwise show only
    /// ids. Each flow is read once (<c>GET /v1/flows/{id}</c> and, at the same time, its exports' and
    /// imports' <c>GET /v1/flows/{id}/descendants</c>) and kept for the life of one command. A name that cannot
    /// be read (no access, a deleted flow, a passing fault) is simply missing: the id stands in, and
    /// the command goes on.
    /// </summary>
    public sealed class NameBook
    {
        private readonly CeligoClient _client;
        private readonly ConcurrentDictionary<string, Lazy<Task<FlowNames?>>> _flows =
            new ConcurrentDictionary<string, Lazy<Task<FlowNames?>>>(StringComparer.Ordinal);

        // Every flow of the account, id to name, from one listing: for output that names the flows of
        // many objects (a job listing) where reading flow by flow would cost a request per flow.
        private Lazy<Task<IReadOnlyDictionary<string, string?>?>>? _everyFlow;

        public NameBook(CeligoClient client)
        {
            _client = client;
        }

        private sealed class FlowNames
        {
            public FlowNames(string? name, IReadOnlyDictionary<string, string?> steps)
            {
                Name = name;
                Steps = steps;
            }

            public string? Name { get; }
            public IReadOnlyDictionary<string, string?> Steps { get; }
        }

        /// <summary>
        /// Starts reading a flow's names without waiting, so that they are in by the time the command
        /// names the flow (a bulk command starts this as input arrives, and asks once all is in).
        /// </summary>
        public void Prefetch(string? flowId, CancellationToken ct)
        {
            if (!string.IsNullOrEmpty(flowId))
            {
                _ = FlowAsync(flowId!, ct);
            }
        }

        /// <summary>Starts reading a flow's step names when the flow itself is already in hand.</summary>
        public void Prefetch(Flow flow, CancellationToken ct) =>
            _ = _flows.GetOrAdd(flow.Id, id => new Lazy<Task<FlowNames?>>(() => ReadAsync(id, flow.Name, ct))).Value;

        /// <summary>
        /// Reads the name of every flow of the account in one listing (once per book); steps are not
        /// named this way. A listing that fails leaves the names missing, as a flow that cannot be read does.
        /// </summary>
        public Task LoadEveryFlowAsync(CancellationToken ct) =>
            LazyInitializer.EnsureInitialized(ref _everyFlow, () => new Lazy<Task<IReadOnlyDictionary<string, string?>?>>(() => ListEveryFlowAsync(ct)))!.Value;

        /// <summary>Takes every flow's name from a listing already read (so the book does not list them again).</summary>
        public void RememberEveryFlow(IEnumerable<Flow> flows)
        {
            var names = NamesOf(flows);
            var known = new Lazy<Task<IReadOnlyDictionary<string, string?>?>>(() => Task.FromResult<IReadOnlyDictionary<string, string?>?>(names));
            _ = known.Value;
            _everyFlow = known;
        }

        /// <summary>Reads the names of these flows and their steps, several flows at a time.</summary>
        public Task LoadAsync(IEnumerable<string> flowIds, CancellationToken ct) =>
            Task.WhenAll(flowIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Select(id => FlowAsync(id, ct)));

        /// <summary>The flow's name, once loaded; null when it is not known.</summary>
        public string? FlowName(string? flowId)
        {
            if (Loaded(flowId)?.Name is string name)
            {
                return name;
            }
            var every = _everyFlow;
            return flowId != null && every != null && every.IsValueCreated && every.Value.Status == TaskStatus.RanToCompletion
                && every.Value.Result?.TryGetValue(flowId, out var listed) == true ? listed : null;
        }

        /// <summary>The step's name (its export's or import's), once its flow is loaded; null when it is not known.</summary>
        public string? StepName(string? flowId, string? stepId) =>
            stepId != null && Loaded(flowId)?.Steps.TryGetValue(stepId, out var name) == true ? name : null;

        /// <summary>"'Name' (id)", or the id alone when the name is not known.</summary>
        public static string Describe(string? name, string id) => string.IsNullOrEmpty(name) ? id : $"'{name}' ({id})";

        /// <summary>"step 'Import' (id) in flow 'Orders' (id)", with ids alone where names are not known.</summary>
        public string DescribeStep(string flowId, string stepId) =>
            $"step {Describe(StepName(flowId, stepId), stepId)} in flow {Describe(FlowName(flowId), flowId)}";

        private FlowNames? Loaded(string? flowId) =>
            flowId != null && _flows.TryGetValue(flowId, out var entry) && entry.IsValueCreated && entry.Value.Status == TaskStatus.RanToCompletion
                ? entry.Value.Result
                : null;

        /// <summary>Names the job's flow (and its children's), when known.</summary>
        public void Name(CeligoJob job)
        {
            job.FlowName ??= FlowName(job.FlowId);
            job.Children?.ForEach(Name);
        }

        /// <summary>Names the error's flow and step, when known.</summary>
        public void Name(StepError error)
        {
            error.FlowName ??= FlowName(error.FlowId);
            error.StepName ??= StepName(error.FlowId, error.StepId);
        }

        /// <summary>Names the summary's flow and step, when known.</summary>
        public void Name(ErrorSummary summary)
        {
            summary.FlowName ??= FlowName(summary.FlowId);
            summary.StepName ??= StepName(summary.FlowId, summary.StepId);
        }

        /// <summary>Jobs page by page, each named once the account's flow names are in (read beside the first page).</summary>
        public async IAsyncEnumerable<IReadOnlyList<CeligoJob>> NameJobsAsync(IAsyncEnumerable<IReadOnlyList<CeligoJob>> pages,
            [EnumeratorCancellation] CancellationToken ct)
        {
            var names = LoadEveryFlowAsync(ct);
            await foreach (var page in pages.ConfigureAwait(false))
            {
                await names.ConfigureAwait(false);
                foreach (var job in page)
                {
                    Name(job);
                }
                yield return page;
            }
        }

        /// <summary>Errors page by page, each named once its flow's names are in (read once per flow).</summary>
        public async IAsyncEnumerable<IReadOnlyList<StepError>> NameErrorsAsync(IAsyncEnumerable<IReadOnlyList<StepError>> pages,
            [EnumeratorCancellation] CancellationToken ct)
        {
            await foreach (var page in pages.ConfigureAwait(false))
            {
                await LoadAsync(page.Select(e => e.FlowId), ct).ConfigureAwait(false);
                foreach (var error in page)
                {
                    Name(error);
                }
                yield return page;
            }
        }

        private Task<FlowNames?> FlowAsync(string flowId, CancellationToken ct) =>
            _flows.GetOrAdd(flowId, id => new Lazy<Task<FlowNames?>>(() => ReadAsync(id, null, ct))).Value;

        private async Task<FlowNames?> ReadAsync(string flowId, string? knownName, CancellationToken ct)
        {
            try
            {
                // Both at once: one round trip of waiting, not two. A step is named after its export or import.
                var name = knownName != null ? Task.FromResult<string?>(knownName) : ReadFlowNameAsync(flowId, ct);
                var steps = _client.GetFlowDescendantsAsync(flowId, ct);
                await Task.WhenAll(name, steps).ConfigureAwait(false);
                var names = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var resource in steps.Result.Resources())
                {
                    names[resource.Id] = resource.Name;
                }
                return new FlowNames(name.Result, names);
            }
            catch (Exception e) when (!(e is OperationCanceledException) || !ct.IsCancellationRequested)
            {
                return null;
            }
        }

        private async Task<string?> ReadFlowNameAsync(string flowId, CancellationToken ct) =>
            (await _client.GetFlowAsync(flowId, ct).ConfigureAwait(false)).Name;

        private async Task<IReadOnlyDictionary<string, string?>?> ListEveryFlowAsync(CancellationToken ct)
        {
            try
            {
                var flows = new List<Flow>();
                await foreach (var page in _client.ListFlowsAsync(null, ct).ConfigureAwait(false))
                {
                    flows.AddRange(page);
                }
                return NamesOf(flows);
            }
            catch (Exception e) when (!(e is OperationCanceledException) || !ct.IsCancellationRequested)
            {
                return null;
            }
        }

        private static IReadOnlyDictionary<string, string?> NamesOf(IEnumerable<Flow> flows)
        {
            var names = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var flow in flows)
            {
                names[flow.Id] = flow.Name;
            }
            return names;
        }
    }
}
