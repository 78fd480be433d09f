using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// What a publish finds in the target account, from reads only: the integration of the folder's name
    /// (if any) and what it uses, the account's connections, and the scripts, lookup caches, exports and
    /// imports of the folder's names it can take over. Written as a folder would be, so that each
    /// resource compares with the folder's file.
    /// </summary>
    internal sealed class PublishTarget
    {
        private readonly IReadOnlyList<JsonObject> _connections;
        private readonly HashSet<string> _own;
        private readonly Dictionary<string, JsonObject> _raw = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        private IntegrationFolder _files = IntegrationFolder.Empty();

        private PublishTarget(IntegrationSnapshot snapshot, bool exists, IReadOnlyList<JsonObject> connections)
        {
            Snapshot = snapshot;
            Exists = exists;
            _connections = connections;
            _own = new HashSet<string>(snapshot.Flows.Concat(snapshot.Exports).Concat(snapshot.Imports).Select(d => (string)d["_id"]!), StringComparer.Ordinal);
        }

        /// <summary>Whether the account has an integration of the folder's name.</summary>
        public bool Exists { get; }

        /// <summary>The account's documents as read (ids, masked secrets): the integration's, and those taken over.</summary>
        public IntegrationSnapshot Snapshot { get; }

        /// <summary>The same documents as a folder holds them, by kind and name.</summary>
        public FolderContent Content { get; private set; } = null!;

        public string ConnectionId(string name) => (string)_connections.Single(c => (string?)c["name"] == name)["_id"]!;

        public string IdOf(string kind, string name) => _files.IdOf(Content.PathOf(kind, name))!;

        public JsonObject Raw(string id) => _raw[id];

        /// <summary>A flow, export or import of the target's integration (not one taken over from elsewhere in the account).</summary>
        public bool IsOwn(string id) => _own.Contains(id);

        public static async Task<PublishTarget> ReadAsync(CeligoClient client, FolderContent source, CancellationToken ct)
        {
            var integrations = (await IntegrationSnapshot.ListAsync(client, "/v1/integrations", ct).ConfigureAwait(false))
                .Where(i => (string?)i["name"] == source.IntegrationName).ToList();
            if (integrations.Count > 1)
            {
                throw new InvalidOperationException($"The target account has {integrations.Count} integrations named '{source.IntegrationName}'; rename all but one so the name says which to publish to.");
            }
            var snapshot = integrations.Count == 1
                ? await IntegrationSnapshot.ReadAsync(client, (string)integrations[0]["_id"]!, ct).ConfigureAwait(false)
                : new IntegrationSnapshot(new JsonObject { ["name"] = source.IntegrationName });
            var target = new PublishTarget(snapshot, integrations.Count == 1, await IntegrationSnapshot.ListAsync(client, "/v1/connections", ct).ConfigureAwait(false));

            var problems = new List<string>();
            foreach (var name in source.Of("connections").Keys)
            {
                // Connections are the account's, matched by (mapped) name; a publish never creates one.
                var count = target._connections.Count(c => (string?)c["name"] == name);
                if (count != 1)
                {
                    problems.Add(count == 0
                        ? $"the target account has no connection named '{name}' (create it there first, or map the folder's name to one it has with -ConnectionMap)"
                        : $"the target account has {count} connections named '{name}' (rename all but one)");
                }
            }
            await target.TakeOverAsync(client, source, problems, ct).ConfigureAwait(false);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("Nothing was published: " + string.Join("; ", problems) + ".");
            }

            var names = target._connections.Where(c => c["_id"] != null && c["name"] != null).GroupBy(c => (string)c["_id"]!)
                .ToDictionary(g => g.Key, g => (string)g.First()["name"]!, StringComparer.Ordinal);
            target._files = IntegrationFolder.From(snapshot, names);
            try
            {
                target.Content = FolderContent.Parse(target._files);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"The target's '{source.IntegrationName}' cannot be matched by name: {e.Message}", e);
            }
            foreach (var doc in snapshot.Documents)
            {
                target._raw[(string)doc["_id"]!] = doc;
            }
            return target;
        }

        /// <summary>
        /// Scripts and lookup caches of the folder's names that the integration does not use yet are found
        /// in the account; exports and imports too, when exactly one of that name is used by no flow.
        /// </summary>
        private async Task TakeOverAsync(CeligoClient client, FolderContent source, List<string> problems, CancellationToken ct)
        {
            foreach (var kind in new[] { "scripts", "lookupcaches", "exports", "imports" })
            {
                var have = new HashSet<string>(Snapshot.OfKind(kind).Select(d => (string?)d["name"] ?? ""), StringComparer.Ordinal);
                var missing = source.Of(kind).Keys.Where(n => !have.Contains(n)).ToList();
                if (missing.Count == 0)
                {
                    continue;
                }
                var account = await IntegrationSnapshot.ListAsync(client, $"/v1/{kind}", ct).ConfigureAwait(false);
                foreach (var name in missing)
                {
                    var matches = account.Where(d => (string?)d["name"] == name).ToList();
                    if (kind == "scripts" || kind == "lookupcaches")
                    {
                        if (matches.Count > 1)
                        {
                            problems.Add($"the target account has {matches.Count} {kind} named '{name}' (rename all but one)");
                        }
                        else if (matches.Count == 1)
                        {
                            Snapshot.OfKind(kind).Add(await client.GetObjectAsync($"/v1/{kind}/{Segment.Of((string)matches[0]["_id"]!)}", ct).ConfigureAwait(false));
                        }
                        continue;
                    }
                    var unused = new List<JsonObject>();
                    foreach (var match in matches)
                    {
                        if ((await client.GetDependenciesAsync(new ResourceRef(kind, (string)match["_id"]!), ct).ConfigureAwait(false)).Count == 0)
                        {
                            unused.Add(match);
                        }
                    }
                    if (unused.Count == 1)
                    {
                        Snapshot.OfKind(kind).Add(unused[0]);
                    }
                }
            }
        }
    }
}
