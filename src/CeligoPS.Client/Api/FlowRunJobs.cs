using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// The flow jobs one run of a flow starts. When a flow's page generators do not run in parallel,
    /// each gets its own flow job, the next one started as the previous ends; the run's answer names
    /// only the first (celigo-api.md §6, §9 #10: Celigo's UI asks for the flow's latest jobs again after
    /// each generator's export). So once every job known so far has ended, the flow's latest jobs are
    /// read for the generators still to come; a generator whose job does not appear within a few polls
    /// (the run was canceled, or the API ran them as one) is given up on.
    /// </summary>
    public sealed class FlowRunJobs
    {
        /// <summary>Polls in a row that may find no new job before the run counts as settled.</summary>
        internal const int QuietPollsBeforeGivingUp = 3;

        private readonly string _flowId;
        private readonly HashSet<string> _expected;
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private readonly List<string> _known = new List<string>();
        private DateTime? _since;
        private int _quietPolls;

        private FlowRunJobs(string flowId, string firstJobId, IEnumerable<string> expected)
        {
            _flowId = flowId;
            _known.Add(firstJobId);
            _expected = new HashSet<string>(expected, StringComparer.Ordinal);
            Settled = _expected.Count <= 1;
        }

        /// <summary>The run's flow jobs found so far, the first one first.</summary>
        public IReadOnlyList<string> JobIds => _known;

        /// <summary>True once no more flow jobs of this run are to be looked for.</summary>
        public bool Settled { get; private set; }

        /// <summary>
        /// The run that queued <paramref name="firstJobId"/>: one job, or one per page generator it ran
        /// (<paramref name="exportIds"/>, or all of the flow's) when they do not run in parallel.
        /// </summary>
        public static FlowRunJobs Of(Flow flow, string firstJobId, IReadOnlyList<string>? exportIds)
        {
            var generators = (flow.PageGenerators ?? new ItemList<FlowPageGenerator>()).Select(g => g.ExportId).Where(id => !string.IsNullOrEmpty(id)).Select(id => id!).ToList();
            var ran = exportIds != null && exportIds.Count > 0 ? exportIds.Where(generators.Contains).ToList() : generators;
            return new FlowRunJobs(flow.Id, firstJobId, flow.RunPageGeneratorsInParallel == true ? Array.Empty<string>() : ran);
        }

        /// <summary>New flow jobs of the run, given the latest state of the jobs polled so far.</summary>
        internal async Task<IReadOnlyList<string>> DiscoverAsync(CeligoClient client, IReadOnlyDictionary<string, CeligoJob> polled, CancellationToken ct)
        {
            if (Settled || !_known.All(id => polled.TryGetValue(id, out var job) && CeligoJob.IsTerminal(job.Status)))
            {
                return Array.Empty<string>();
            }
            if (_since == null)
            {
                var first = polled[_known[0]];
                _since = first.CreatedAt ?? DateTime.MinValue;
                _seen.Add(first.ExportId ?? "");
            }
            var found = (await client.GetLatestJobsAsync(_flowId, null, ct).ConfigureAwait(false))
                .Where(j => j.FlowId == _flowId && !_known.Contains(j.Id) && j.CreatedAt >= _since && j.ExportId != null && _expected.Contains(j.ExportId) && !_seen.Contains(j.ExportId))
                .ToList();
            foreach (var job in found)
            {
                _known.Add(job.Id);
                _seen.Add(job.ExportId!);
            }
            _quietPolls = found.Count > 0 ? 0 : _quietPolls + 1;
            Settled = _expected.IsSubsetOf(_seen) || _quietPolls >= QuietPollsBeforeGivingUp;
            return found.Select(j => j.Id).ToList();
        }
    }
}
