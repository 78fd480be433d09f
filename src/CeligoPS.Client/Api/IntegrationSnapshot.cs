using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// An integration and everything it uses, as an account holds them (ids, stamps, masked secrets):
    /// its flows (instances included), the exports and imports of its flows, their scripts, the
    /// connections it registers or its steps use, and its lookup caches (registered, or created for it).
    /// </summary>
    public sealed class IntegrationSnapshot
    {
        public IntegrationSnapshot(JsonObject integration)
        {
            Integration = integration;
        }

        public JsonObject Integration { get; }
        public List<JsonObject> Flows { get; } = new List<JsonObject>();
        public List<JsonObject> Exports { get; } = new List<JsonObject>();
        public List<JsonObject> Imports { get; } = new List<JsonObject>();
        public List<JsonObject> Connections { get; } = new List<JsonObject>();
        public List<JsonObject> Scripts { get; } = new List<JsonObject>();
        public List<JsonObject> LookupCaches { get; } = new List<JsonObject>();

        /// <summary>The documents of one folder kind (flows, exports, imports, connections, scripts, lookupcaches).</summary>
        public List<JsonObject> OfKind(string kind) => kind switch
        {
            "flows" => Flows,
            "exports" => Exports,
            "imports" => Imports,
            "connections" => Connections,
            "scripts" => Scripts,
            "lookupcaches" => LookupCaches,
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of an integration folder"),
        };

        /// <summary>Every document but the integration.</summary>
        public IEnumerable<JsonObject> Documents => Flows.Concat(Exports).Concat(Imports).Concat(Connections).Concat(Scripts).Concat(LookupCaches);

        /// <summary>The integration's flow groups (<c>{_id, name}</c>).</summary>
        public IEnumerable<JsonObject> Groupings => (Integration["flowGroupings"] as JsonArray ?? new JsonArray()).OfType<JsonObject>();

        public static async Task<IntegrationSnapshot> ReadAsync(CeligoClient client, string integrationId, CancellationToken ct)
        {
            var at = $"/v1/integrations/{Segment.Of(integrationId)}";
            var snapshot = new IntegrationSnapshot(await client.GetObjectAsync(at, ct).ConfigureAwait(false));
            snapshot.Flows.AddRange(await ListAsync(client, at + "/flows?includeInstances=true", ct).ConfigureAwait(false));
            snapshot.Exports.AddRange(await ListAsync(client, at + "/exports", ct).ConfigureAwait(false));
            snapshot.Imports.AddRange(await ListAsync(client, at + "/imports", ct).ConfigureAwait(false));
            var steps = snapshot.Exports.Concat(snapshot.Imports).ToList();
            var connectionIds = IdsOf(steps, "connections").Concat(IdsOf(new[] { snapshot.Integration }, "connections")).Distinct().ToList();
            var scriptIds = IdsOf(steps, "scripts").Distinct().ToList();
            var registeredCaches = new HashSet<string>(
                (snapshot.Integration["_registeredLookupCacheIds"] as JsonArray ?? new JsonArray()).Select(n => (string?)n).OfType<string>(), StringComparer.Ordinal);
            snapshot.Connections.AddRange(await Task.WhenAll(connectionIds.Select(id => client.GetObjectAsync($"/v1/connections/{Segment.Of(id)}", ct))).ConfigureAwait(false));
            snapshot.Scripts.AddRange(await Task.WhenAll(scriptIds.Select(id => client.GetObjectAsync($"/v1/scripts/{Segment.Of(id)}", ct))).ConfigureAwait(false));
            // Caches are the account's; an integration's are those it registers and those created for it (_integrationId).
            foreach (var cache in await ListAsync(client, "/v1/lookupcaches", ct).ConfigureAwait(false))
            {
                if (registeredCaches.Contains((string?)cache["_id"] ?? "") || (string?)cache["_integrationId"] == integrationId)
                {
                    snapshot.LookupCaches.Add(cache);
                }
            }
            return snapshot;
        }

        private static IEnumerable<string> IdsOf(IEnumerable<JsonObject> docs, string kind) =>
            docs.SelectMany(d => FolderReferences.In(d)).Where(r => r.Kind == kind).Select(r => r.Value);

        internal static async Task<IReadOnlyList<JsonObject>> ListAsync(CeligoClient client, string path, CancellationToken ct)
        {
            var docs = new List<JsonObject>();
            await foreach (var page in client.ListRawAsync(path, ct).ConfigureAwait(false))
            {
                docs.AddRange(page.Select(e => JsonNode.Parse(e.GetRawText())!.AsObject()));
            }
            return docs;
        }
    }
}
