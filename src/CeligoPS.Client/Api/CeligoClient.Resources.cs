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
        /// <summary>Every item of a plain resource list, or of an integration's own sub-list.</summary>
        public IAsyncEnumerable<IReadOnlyList<T>> ListAsync<T>(ResourceCollection<T> collection, string? integrationId, CancellationToken ct)
            where T : CeligoResource
        {
            if (integrationId != null && !collection.PerIntegration)
            {
                throw new ArgumentException($"Integrations have no {collection} list of their own.");
            }
            var path = integrationId == null ? $"/v1/{collection.Path}" : $"/v1/integrations/{Segment.Of(integrationId)}/{collection.Path}";
            return _pager.LinkPagesAsync<T>(path, ct);
        }

        public Task<T> GetAsync<T>(ResourceCollection<T> collection, string id, CancellationToken ct) where T : CeligoResource =>
            GetAsync<T>($"/v1/{collection.Path}/{Segment.Of(id)}", ct);
    }
}
