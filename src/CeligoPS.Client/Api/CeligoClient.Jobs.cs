using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>Jobs newest first, every page of the createdAt cursor, each job once.</summary>
        public IAsyncEnumerable<IReadOnlyList<CeligoJob>> ListJobsAsync(JobQuery query, CancellationToken ct)
        {
            if (query == null)
            {
                throw new ArgumentNullException(nameof(query));
            }
            return _jobCursor.PagesAsync(query.PathFor, query.Until, ct);
        }

        public Task<CeligoJob> GetJobAsync(string id, CancellationToken ct) =>
            GetAsync<CeligoJob>($"/v1/jobs/{Segment.Of(id)}", ct);

        /// <summary>A flow or retry job with its child export/import jobs in <see cref="CeligoJob.Children"/>.</summary>
        public Task<CeligoJob> GetJobFamilyAsync(string id, CancellationToken ct) =>
            GetAsync<CeligoJob>($"/v1/jobs/{Segment.Of(id)}/family", ct);
    }
}
