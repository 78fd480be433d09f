using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
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
        public void Prefetch(string flowId, CancellationToken ct)
        {
            if (!string.IsNullOrEmpty(flowId))
            {
                _ = FlowAsync(flowId, ct);
            }
        }

        /// <summary>Reads the names of these flows and their steps, several flows at a time.</summary>
        public Task LoadAsync(IEnumerable<string> flowIds, CancellationToken ct) =>
            Task.WhenAll(flowIds.Where(id => !string.IsNullOrEmpty(id)).Distinct(StringComparer.Ordinal).Select(id => FlowAsync(id, ct)));

        /// <summary>The flow's name, once loaded; null when it is not known.</summary>
        public string? FlowName(string? flowId) => Loaded(flowId)?.Name;

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

        private Task<FlowNames?> FlowAsync(string flowId, CancellationToken ct) =>
            _flows.GetOrAdd(flowId, id => new Lazy<Task<FlowNames?>>(() => ReadAsync(id, ct))).Value;

        private async Task<FlowNames?> ReadAsync(string flowId, CancellationToken ct)
        {
            try
            {
                // Both at once: one round trip of waiting, not two. A step is named after its export or import.
                var flow = _client.GetFlowAsync(flowId, ct);
                var steps = _client.GetFlowDescendantsAsync(flowId, ct);
                await Task.WhenAll(flow, steps).ConfigureAwait(false);
                var names = new Dictionary<string, string?>(StringComparer.Ordinal);
                foreach (var resource in steps.Result.Resources())
                {
                    names[resource.Id] = resource.Name;
                }
                return new FlowNames(flow.Result.Name, names);
            }
            catch (Exception e) when (!(e is OperationCanceledException) || !ct.IsCancellationRequested)
            {
                return null;
            }
        }
    }
}
