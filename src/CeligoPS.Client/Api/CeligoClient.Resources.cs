using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>
        /// Every item of a plain resource list, or of an integration's own sub-list. With
        /// <paramref name="projection"/>, only those fields (and the ones the API always sends) come back.
        /// </summary>
        public IAsyncEnumerable<IReadOnlyList<T>> ListAsync<T>(ResourceCollection<T> collection, string? integrationId, CancellationToken ct,
            ListProjection? projection = null) where T : CeligoResource
        {
            if (integrationId != null && !collection.PerIntegration)
            {
                throw new ArgumentException($"Integrations have no {collection} list of their own.");
            }
            var path = integrationId == null ? $"/v1/{collection.Path}" : $"/v1/integrations/{Segment.Of(integrationId)}/{collection.Path}";
            var query = string.Join("&", new[] { collection.ListQuery, projection?.Query }.Where(q => q != null));
            return _pager.LinkPagesAsync<T>(query.Length == 0 ? path : path + "?" + query, ct);
        }

        public Task<T> GetAsync<T>(ResourceCollection<T> collection, string id, CancellationToken ct) where T : CeligoResource =>
            GetAsync<T>($"/v1/{collection.Path}/{Segment.Of(id)}{(collection.ReadQuery == null ? "" : "?" + collection.ReadQuery)}", ct);
    }
}
