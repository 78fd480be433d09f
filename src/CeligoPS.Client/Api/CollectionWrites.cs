using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// The client's writes of one collection, chosen by its path segment, for code that holds documents
    /// as JSON and knows their kind only by name (a publish): create, PATCH, read-merge-write, delete,
    /// and which fields the collection's PATCH takes.
    /// </summary>
    internal abstract class CollectionWrites
    {
        public abstract IReadOnlyCollection<string> PatchableFields { get; }

        /// <summary>POSTs the document; returns the new id.</summary>
        public abstract Task<string> CreateAsync(JsonObject document, CancellationToken ct);

        public abstract Task PatchAsync(string id, JsonPatch patch, CancellationToken ct);

        public abstract Task MergeReplaceAsync(string id, JsonObject changes, CancellationToken ct);

        public abstract Task DeleteAsync(string id, CancellationToken ct);

        public static CollectionWrites For(CeligoClient client, string path) => path switch
        {
            "integrations" => new Of<Integration>(client, ResourceCollection<Integration>.Integrations),
            "flows" => new Of<Flow>(client, ResourceCollection<Flow>.Flows),
            "exports" => new Of<Export>(client, ResourceCollection<Export>.Exports),
            "imports" => new Of<Import>(client, ResourceCollection<Import>.Imports),
            "scripts" => new Of<Script>(client, ResourceCollection<Script>.Scripts),
            "lookupcaches" => new Of<LookupCache>(client, ResourceCollection<LookupCache>.LookupCaches),
            _ => throw new ArgumentOutOfRangeException(nameof(path), path, "not a collection an integration folder writes"),
        };

        private sealed class Of<T> : CollectionWrites where T : CeligoResource
        {
            private readonly CeligoClient _client;
            private readonly ResourceCollection<T> _collection;

            public Of(CeligoClient client, ResourceCollection<T> collection)
            {
                _client = client;
                _collection = collection;
            }

            public override IReadOnlyCollection<string> PatchableFields => _collection.PatchableFields;

            public override async Task<string> CreateAsync(JsonObject document, CancellationToken ct)
            {
                var created = await _client.CreateAsync(_collection, document, ct).ConfigureAwait(false);
                return string.IsNullOrEmpty(created.Id)
                    ? throw new InvalidOperationException($"The API answered the create of a document in {_collection} without an _id.")
                    : created.Id;
            }

            public override Task PatchAsync(string id, JsonPatch patch, CancellationToken ct) => _client.PatchAsync(_collection, id, patch, ct);

            public override Task MergeReplaceAsync(string id, JsonObject changes, CancellationToken ct) => _client.MergeReplaceAsync(_collection, id, changes, ct);

            public override Task DeleteAsync(string id, CancellationToken ct) => _client.DeleteAsync(_collection, id, ct);
        }
    }
}
