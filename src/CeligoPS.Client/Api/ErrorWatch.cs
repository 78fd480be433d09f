using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Open errors as they appear, each reported once, without reading every error at every look. The
    /// error summaries say where the newest error of each flow and step is (one summary per integration
    /// and per flow in no integration); only a step whose newest error is newer than at the last look is
    /// listed, from that time on. The first look takes note of where things stand and reports nothing;
    /// a step that had no open error then reports every open error it comes to have.
    /// </summary>
    public sealed class ErrorWatch
    {
        private readonly CeligoClient _client;
        private readonly IReadOnlyList<string> _integrationIds;
        private readonly IReadOnlyList<string> _flowIds;
        private readonly bool _wholeAccount;
        private readonly Dictionary<string, DateTime?> _flowNewest = new Dictionary<string, DateTime?>(StringComparer.Ordinal);
        private readonly Dictionary<(string Flow, string Step), DateTime?> _stepNewest = new Dictionary<(string, string), DateTime?>();
        private readonly HashSet<(string Flow, string Step, string Error)> _seen = new HashSet<(string, string, string)>();
        private IReadOnlyList<string>? _standaloneFlows;
        private bool _lookedOnce;

        /// <summary>Watches these integrations and flows; with neither, the whole account.</summary>
        public ErrorWatch(CeligoClient client, IReadOnlyList<string> integrationIds, IReadOnlyList<string> flowIds)
        {
            _client = client;
            _integrationIds = integrationIds;
            _flowIds = flowIds;
            _wholeAccount = integrationIds.Count == 0 && flowIds.Count == 0;
        }

        /// <summary>The open errors that appeared since the last look; none at the first look.</summary>
        public async Task<IReadOnlyList<StepError>> LookAsync(CancellationToken ct)
        {
            var found = new List<StepError>();
            // Flows watched one by one have had their step counts read already, to see whether they changed.
            var stepCounts = new Dictionary<string, IReadOnlyList<ErrorSummary>>(StringComparer.Ordinal);
            foreach (var flow in await ChangedFlowsAsync(stepCounts, ct).ConfigureAwait(false))
            {
                var steps = stepCounts.TryGetValue(flow, out var read) ? read : await _client.GetFlowErrorCountsAsync(flow, null, ct).ConfigureAwait(false);
                foreach (var step in steps)
                {
                    if (step.StepId == null || step.NumError == 0)
                    {
                        continue;
                    }
                    var key = (flow, step.StepId);
                    var known = _stepNewest.TryGetValue(key, out var before);
                    if (known && before >= step.LastErrorAt)
                    {
                        continue;
                    }
                    _stepNewest[key] = step.LastErrorAt;
                    if (!_lookedOnce)
                    {
                        continue;
                    }
                    // From the newest error known on the step; an error of that same instant was there before.
                    var query = new ErrorQuery { Since = known ? before : null };
                    await foreach (var page in _client.ListErrorsAsync(flow, step.StepId, query, ct).ConfigureAwait(false))
                    {
                        found.AddRange(page.Where(e => e.ErrorId != null && (!known || e.OccurredAt > before) && _seen.Add((flow, step.StepId, e.ErrorId))));
                    }
                }
            }
            _lookedOnce = true;
            return found.OrderBy(e => e.OccurredAt ?? DateTime.MinValue).ToList();
        }

        /// <summary>
        /// The flows whose newest open error is newer than at the last look (at the first look: every flow
        /// with errors). The step counts it reads of flows outside an integration's summary go into <paramref name="stepCounts"/>.
        /// </summary>
        private async Task<IReadOnlyList<string>> ChangedFlowsAsync(Dictionary<string, IReadOnlyList<ErrorSummary>> stepCounts, CancellationToken ct)
        {
            var newest = new List<(string Flow, DateTime? Last)>();
            var integrations = _wholeAccount ? (await CeligoClient.CollectAsync(_client.ListIntegrationsAsync(ct)).ConfigureAwait(false)).Select(i => i.Id).ToList() : _integrationIds;
            foreach (var integration in integrations)
            {
                foreach (var summary in await CeligoClient.CollectAsync(_client.GetIntegrationErrorCountsAsync(integration, ct)).ConfigureAwait(false))
                {
                    newest.Add((summary.FlowId, summary.NumError > 0 ? summary.LastErrorAt : null));
                }
            }
            if (_wholeAccount)
            {
                // Flows in no integration are in no integration's summary (read once: a watch is short).
                _standaloneFlows ??= (await CeligoClient.CollectAsync(_client.ListFlowsAsync(null, ct)).ConfigureAwait(false))
                    .Where(f => string.IsNullOrEmpty(f.IntegrationId)).Select(f => f.Id).ToList();
            }
            foreach (var flow in _flowIds.Concat(_standaloneFlows ?? Array.Empty<string>()))
            {
                var steps = await _client.GetFlowErrorCountsAsync(flow, null, ct).ConfigureAwait(false);
                stepCounts[flow] = steps;
                newest.Add((flow, steps.Where(s => s.NumError > 0).Max(s => s.LastErrorAt)));
            }
            var changed = new List<string>();
            foreach (var (flow, last) in newest)
            {
                if (last == null || (_flowNewest.TryGetValue(flow, out var before) && before >= last))
                {
                    continue;
                }
                _flowNewest[flow] = last;
                changed.Add(flow);
            }
            return changed.Distinct(StringComparer.Ordinal).ToList();
        }
    }
}
