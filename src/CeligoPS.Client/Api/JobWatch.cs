using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Jobs as they come to match a filter (a status, a type, a scope), each reported once. The first
    /// look takes note of the jobs that match already; every later look lists the jobs created since
    /// <see cref="Since"/> that match now (one listing per status: the API takes one status a call) and
    /// reports those not seen before.
    /// </summary>
    public sealed class JobWatch
    {
        private readonly CeligoClient _client;
        private readonly IReadOnlyList<JobQuery> _queries;
        private readonly HashSet<string> _seen = new HashSet<string>(StringComparer.Ordinal);
        private bool _lookedOnce;

        /// <param name="statuses">The statuses to watch for (at least one).</param>
        /// <param name="integrationIds">Integrations to watch; with <paramref name="flowIds"/> also empty, the whole account.</param>
        /// <param name="since">Jobs created before this are not looked at: a job that started earlier and fails during the watch is not seen.</param>
        public JobWatch(CeligoClient client, IReadOnlyList<string> statuses, string? type, IReadOnlyList<string> integrationIds, IReadOnlyList<string> flowIds, DateTime since)
        {
            if (statuses.Count == 0)
            {
                throw new ArgumentException("Name at least one status to watch for.", nameof(statuses));
            }
            _client = client;
            Since = since;
            // One listing per status and scope: the API takes one status, and one integration or flow, a call.
            var scopes = integrationIds.Select(id => (Integration: (string?)id, Flow: (string?)null))
                .Concat(flowIds.Select(id => (Integration: (string?)null, Flow: (string?)id))).ToList();
            if (scopes.Count == 0)
            {
                scopes.Add((null, null));
            }
            _queries = statuses.Distinct(StringComparer.OrdinalIgnoreCase).SelectMany(status => scopes.Select(scope => new JobQuery
            {
                Status = status.ToLowerInvariant(),
                Type = type,
                IntegrationId = scope.Integration,
                FlowId = scope.Flow,
                Since = since,
            })).ToList();
        }

        public DateTime Since { get; }

        /// <summary>The jobs that match now and did not at any earlier look; none at the first look.</summary>
        public async Task<IReadOnlyList<CeligoJob>> LookAsync(CancellationToken ct)
        {
            var found = new List<CeligoJob>();
            foreach (var query in _queries)
            {
                await foreach (var page in _client.ListJobsAsync(query, ct).ConfigureAwait(false))
                {
                    found.AddRange(page.Where(j => _seen.Add(j.Id)));
                }
            }
            if (!_lookedOnce)
            {
                _lookedOnce = true;
                return Array.Empty<CeligoJob>();
            }
            return found.OrderBy(j => j.CreatedAt ?? DateTime.MinValue).ToList();
        }
    }
}
