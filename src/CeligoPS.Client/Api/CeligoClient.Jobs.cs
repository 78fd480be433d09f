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

        /// <summary>The most recent flow job(s) of a flow (one per page generator) or of an integration.</summary>
        public Task<IReadOnlyList<CeligoJob>> GetLatestJobsAsync(string? flowId, string? integrationId, CancellationToken ct)
        {
            var path = flowId != null
                ? $"/v1/flows/{Segment.Of(flowId)}/jobs/latest"
                : $"/v1/integrations/{Segment.Of(integrationId ?? throw new ArgumentException("The latest jobs need a flow or an integration."))}/jobs/latest";
            return _transport.SendAsync(Http.ApiRequest.Get(path), Paging.JobCursor.ReadJobs, ct);
        }

        /// <summary>
        /// The same pages with each flow or retry job replaced by its family (the job with its child
        /// export and import jobs), read several at a time and kept in order.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<CeligoJob>> WithChildrenAsync(IAsyncEnumerable<IReadOnlyList<CeligoJob>> pages,
            [EnumeratorCancellation] CancellationToken ct)
        {
            // Families are read a few at a time (a chunk the size of the concurrency), so -First needs
            // only the first chunk and a big page does not wait for all its families at once.
            await foreach (var page in pages.WithCancellation(ct).ConfigureAwait(false))
            {
                foreach (var chunk in Batch(page, Options.MaxConcurrency))
                {
                    yield return await Task.WhenAll(chunk.Select(job =>
                        job.Type == "export" || job.Type == "import" ? Task.FromResult(job) : GetJobFamilyAsync(job.Id, ct))).ConfigureAwait(false);
                }
            }
        }

        public Task<CeligoJob> GetJobAsync(string id, CancellationToken ct) =>
            GetAsync<CeligoJob>($"/v1/jobs/{Segment.Of(id)}", ct);

        /// <summary>A flow or retry job with its child export/import jobs in <see cref="CeligoJob.Children"/>.</summary>
        public Task<CeligoJob> GetJobFamilyAsync(string id, CancellationToken ct) =>
            GetAsync<CeligoJob>($"/v1/jobs/{Segment.Of(id)}/family", ct);
    }
}
