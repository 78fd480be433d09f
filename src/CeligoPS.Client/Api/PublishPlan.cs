using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// What publishing an integration folder to an account would do, resource by resource, worked out
    /// from reads only. Resources are matched by name: the integration among the account's integrations,
    /// its flows, exports and imports within it, connections (after the connection map), scripts and
    /// lookup caches within the account. An export or import of the folder's name that no flow uses is
    /// taken over rather than created again, so a publish stopped part-way is finished by the next one.
    /// </summary>
    public sealed class PublishPlan
    {
        /// <summary>A step and what it needs to run: the folder's document (names for references) and the target's, as read.</summary>
        internal sealed class Item
        {
            public Item(string kind, PublishStep step, JsonObject? desired, JsonObject? current, IReadOnlyList<string> fields)
            {
                Kind = kind;
                Step = step;
                Desired = desired;
                Current = current;
                Fields = fields;
            }

            /// <summary>The top-level fields a change writes (the step shows where within them).</summary>
            public IReadOnlyList<string> Fields { get; }

            /// <summary>The API's collection: integrations, flows, exports, imports, scripts, lookupcaches, connections.</summary>
            public string Kind { get; }
            public PublishStep Step { get; }
            public JsonObject? Desired { get; }
            public JsonObject? Current { get; }
        }

        private readonly List<Item> _items = new List<Item>();

        private PublishPlan(FolderContent source, bool enable)
        {
            Source = source;
            Enable = enable;
        }

        public IReadOnlyList<PublishStep> Steps => _items.Select(i => i.Step).ToList();

        internal IReadOnlyList<Item> Items => _items;
        internal FolderContent Source { get; }
        internal bool Enable { get; }

        /// <summary>The integration the folder holds and the target gets.</summary>
        public string IntegrationName => Source.IntegrationName;

        /// <summary>The target's ids of what exists already: kind → name → id (flow groups under <see cref="FolderReferences.Groupings"/>).</summary>
        internal Dictionary<string, Dictionary<string, string>> Ids { get; } = new[] { "integrations", FolderReferences.Groupings }.Concat(FolderContent.Kinds)
            .ToDictionary(k => k, k => new Dictionary<string, string>(StringComparer.Ordinal), StringComparer.Ordinal);

        internal string? IntegrationId => Ids["integrations"].Values.FirstOrDefault();

        /// <summary>
        /// Checks the folder and the map (throws <see cref="ArgumentException"/> before any request), then reads
        /// the target (throws <see cref="InvalidOperationException"/> when a connection is missing or a name is
        /// ambiguous there) and plans each resource.
        /// </summary>
        public static async Task<PublishPlan> BuildAsync(CeligoClient client, IntegrationFolder folder, IReadOnlyDictionary<string, string> connectionMap,
            bool prune, bool enable, CancellationToken ct)
        {
            var source = Check(FolderContent.Parse(folder), connectionMap);
            var plan = new PublishPlan(source, enable);
            var problems = new List<string>();

            var integrations = (await IntegrationSnapshot.ListAsync(client, "/v1/integrations", ct).ConfigureAwait(false))
                .Where(i => (string?)i["name"] == source.IntegrationName).ToList();
            if (integrations.Count > 1)
            {
                throw new InvalidOperationException($"The target account has {integrations.Count} integrations named '{source.IntegrationName}'; rename all but one so the name says which to publish to.");
            }
            var exists = integrations.Count == 1;
            var snapshot = exists
                ? await IntegrationSnapshot.ReadAsync(client, (string)integrations[0]["_id"]!, ct).ConfigureAwait(false)
                : new IntegrationSnapshot(new JsonObject { ["name"] = source.IntegrationName });
            var ownFlowsAndSteps = new HashSet<string>(snapshot.Flows.Concat(snapshot.Exports).Concat(snapshot.Imports).Select(d => (string)d["_id"]!), StringComparer.Ordinal);

            // Connections are the account's, matched by (mapped) name; a publish never creates one.
            var accountConnections = await IntegrationSnapshot.ListAsync(client, "/v1/connections", ct).ConfigureAwait(false);
            foreach (var name in source.Of("connections").Keys)
            {
                var matches = accountConnections.Where(c => (string?)c["name"] == name).ToList();
                if (matches.Count != 1)
                {
                    problems.Add(matches.Count == 0
                        ? $"the target account has no connection named '{name}' (create it there first, or map the folder's name to one it has with -ConnectionMap)"
                        : $"the target account has {matches.Count} connections named '{name}' (rename all but one)");
                }
            }
            await AdoptAsync(client, source, snapshot, problems, ct).ConfigureAwait(false);
            if (problems.Count > 0)
            {
                throw new InvalidOperationException("Nothing was published: " + string.Join("; ", problems) + ".");
            }

            var names = accountConnections.Where(c => c["_id"] != null && c["name"] != null).GroupBy(c => (string)c["_id"]!)
                .ToDictionary(g => g.Key, g => (string)g.First()["name"]!, StringComparer.Ordinal);
            var targetFolder = IntegrationFolder.From(snapshot, names);
            FolderContent target;
            try
            {
                target = FolderContent.Parse(targetFolder);
            }
            catch (ArgumentException e)
            {
                throw new InvalidOperationException($"The target's '{source.IntegrationName}' cannot be matched by name: {e.Message}", e);
            }
            if (exists)
            {
                plan.Ids["integrations"][source.IntegrationName] = (string)snapshot.Integration["_id"]!;
                foreach (var grouping in snapshot.Groupings.Where(g => g["_id"] != null && g["name"] != null))
                {
                    plan.Ids[FolderReferences.Groupings][(string)grouping["name"]!] = (string)grouping["_id"]!;
                }
            }
            foreach (var connection in accountConnections.Where(c => c["name"] != null && source.Of("connections").ContainsKey((string)c["name"]!)))
            {
                plan.Ids["connections"][(string)connection["name"]!] = (string)connection["_id"]!;
            }
            var raw = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
            foreach (var doc in snapshot.Documents)
            {
                raw[(string)doc["_id"]!] = doc;
            }
            foreach (var kind in FolderContent.Kinds.Where(k => k != "connections"))
            {
                foreach (var name in target.Of(kind).Keys)
                {
                    plan.Ids[kind][name] = targetFolder.IdOf(target.PathOf(kind, name))!;
                }
            }

            foreach (var name in source.Of("connections").Keys)
            {
                var original = connectionMap.FirstOrDefault(m => m.Value == name).Key;
                plan.Add("connections", name, "Use", null, null, original != null ? $"the folder's '{original}'" : null);
            }
            plan.Plan("integrations", source.IntegrationName, source.Integration, exists ? target.Integration : null, exists ? snapshot.Integration : null);
            foreach (var kind in new[] { "scripts", "lookupcaches", "exports", "imports", "flows" })
            {
                foreach (var name in kind == "flows" ? FlowOrder(source) : source.Of(kind).Keys)
                {
                    var id = plan.Ids[kind].TryGetValue(name, out var known) ? known : null;
                    var step = plan.Plan(kind, name, source.Of(kind)[name], id != null ? target.Of(kind)[name] : null, id != null ? raw[id] : null);
                    if (id != null && (kind == "exports" || kind == "imports") && !ownFlowsAndSteps.Contains(id))
                    {
                        step.Message = $"an unused {Singular(kind)} of this name in the account is taken over";
                    }
                }
            }
            // What the target has and the folder has not: flows first, so their steps are unused when their turn comes.
            foreach (var kind in new[] { "flows", "exports", "imports" })
            {
                foreach (var name in target.Of(kind).Keys.Where(n => !source.Of(kind).ContainsKey(n) && ownFlowsAndSteps.Contains(plan.Ids[kind][n])))
                {
                    var step = plan.Add(kind, name, prune ? "Delete" : "Keep", null, raw[plan.Ids[kind][name]], prune ? null : "not in the folder; -Prune deletes it");
                    step.Id = plan.Ids[kind][name];
                }
            }
            return plan;
        }

        private PublishStep Plan(string kind, string name, JsonObject desiredAsRead, JsonObject? target, JsonObject? current)
        {
            var desired = (JsonObject)desiredAsRead.DeepClone();
            desired.Remove("omittedSecrets");
            string? message = null;
            if (kind == "flows" && !Enable && (bool?)desired["disabled"] != true)
            {
                // A publish never turns a flow on by itself: new flows arrive disabled, disabled ones stay so.
                if (target == null || (bool?)target["disabled"] == true)
                {
                    desired["disabled"] = true;
                    message = target == null ? "created disabled; -Enable creates it as the folder says" : "stays disabled; -Enable turns it on";
                }
            }
            if (target == null)
            {
                if (desiredAsRead["omittedSecrets"] is JsonArray secrets && secrets.Count > 0)
                {
                    // The folder never holds credentials, so what it left out is not there to send.
                    message = $"created without its secrets ({string.Join(", ", secrets.Select(p => (string?)p))}): set them in the target";
                }
                return Add(kind, name, "Create", desired, null, message);
            }
            var fields = ChangedFields(desired, target);
            var step = Add(kind, name, fields.Count == 0 ? "NoChange" : "Change", desired, current, message, fields,
                fields.SelectMany(f => ChangedPaths(desired[f], target[f], f, depth: 1)).Distinct().ToList());
            step.Id = (string?)current?["_id"];
            return step;
        }

        private PublishStep Add(string kind, string name, string action, JsonObject? desired, JsonObject? current, string? message,
            IReadOnlyList<string>? fields = null, IReadOnlyList<string>? paths = null)
        {
            var step = new PublishStep(Singular(kind), name, action, paths ?? Array.Empty<string>()) { Message = message };
            if (kind == "connections")
            {
                step.Id = Ids["connections"].TryGetValue(name, out var id) ? id : null;
            }
            _items.Add(new Item(kind, step, desired, current, fields ?? Array.Empty<string>()));
            return step;
        }

        internal static string Singular(string kind) => kind == "lookupcaches" ? "lookupcache" : kind.TrimEnd('s');

        /// <summary>Top-level fields whose values differ (as canonical JSON: key order does not count), in name order.</summary>
        internal static IReadOnlyList<string> ChangedFields(JsonObject desired, JsonObject current)
        {
            var target = (JsonObject)current.DeepClone();
            target.Remove("omittedSecrets");
            return desired.Select(p => p.Key).Union(target.Select(p => p.Key)).Where(key =>
                    !(desired.ContainsKey(key) && target.ContainsKey(key) && SameJson(desired[key], target[key])))
                .OrderBy(k => k, StringComparer.Ordinal).ToList();
        }

        /// <summary>Where two values differ, as paths two properties deep at most (netsuite_da.mapping, not each mapped field).</summary>
        private static IEnumerable<string> ChangedPaths(JsonNode? desired, JsonNode? current, string path, int depth)
        {
            if (depth < 2 && desired is JsonObject d && current is JsonObject c)
            {
                return d.Select(p => p.Key).Union(c.Select(p => p.Key))
                    .Where(k => !(d.ContainsKey(k) && c.ContainsKey(k) && SameJson(d[k], c[k])))
                    .OrderBy(k => k, StringComparer.Ordinal)
                    .SelectMany(k => ChangedPaths(d[k], c[k], path + "." + k, depth + 1));
            }
            return new[] { path };
        }

        private static bool SameJson(JsonNode? a, JsonNode? b) =>
            a == null || b == null ? a == null && b == null : IntegrationFolder.Canonical(a).AsSpan().SequenceEqual(IntegrationFolder.Canonical(b));

        /// <summary>The map's names exist in the folder, and every reference names something the folder (or the map) has.</summary>
        private static FolderContent Check(FolderContent source, IReadOnlyDictionary<string, string> map)
        {
            var unknown = map.Keys.Where(k => !source.Of("connections").ContainsKey(k)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"-ConnectionMap maps {string.Join(", ", unknown.Select(u => $"'{u}'"))}, but the folder has no connection of that name; " +
                                            $"its connections are: {string.Join(", ", source.Of("connections").Keys.Select(k => $"'{k}'"))}.");
            }
            var mapped = source.WithConnectionsRenamed(map);
            var groupings = new HashSet<string>(mapped.GroupingNames, StringComparer.Ordinal);
            var problems = new List<string>();
            foreach (var (path, doc) in new[] { ("integration.json", mapped.Integration) }.Concat(
                         FolderContent.Kinds.SelectMany(k => mapped.Of(k).Select(p => (mapped.PathOf(k, p.Key), p.Value)))))
            {
                foreach (var (kind, value, at) in FolderReferences.In(doc))
                {
                    var known = kind == FolderReferences.Groupings ? groupings.Contains(value) : mapped.Of(kind).ContainsKey(value);
                    if (!known && !FolderReferences.LooksLikeId(value))
                    {
                        problems.Add($"{path} names {Singular(kind == FolderReferences.Groupings ? "flow groups" : kind)} '{value}' in {at}, which the folder does not have");
                    }
                }
            }
            if (problems.Count > 0)
            {
                throw new ArgumentException("The integration folder cannot be published: " + string.Join("; ", problems) + ".");
            }
            return mapped;
        }

        /// <summary>
        /// Scripts and lookup caches of the folder's names that the integration does not use yet are found
        /// in the account; exports and imports too, when exactly one of that name is used by no flow.
        /// </summary>
        private static async Task AdoptAsync(CeligoClient client, FolderContent source, IntegrationSnapshot snapshot, List<string> problems, CancellationToken ct)
        {
            foreach (var kind in new[] { "scripts", "lookupcaches", "exports", "imports" })
            {
                var have = new HashSet<string>(snapshot.OfKind(kind).Select(d => (string?)d["name"] ?? ""), StringComparer.Ordinal);
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
                            snapshot.OfKind(kind).Add(await IntegrationSnapshot.GetAsync(client, $"/v1/{kind}/{Segment.Of((string)matches[0]["_id"]!)}", ct).ConfigureAwait(false));
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
                        snapshot.OfKind(kind).Add(unused[0]);
                    }
                }
            }
        }

        /// <summary>Flows after the flows they name (an instance after its abstract flow, a flow after those it runs next, where there is no cycle).</summary>
        private static IEnumerable<string> FlowOrder(FolderContent source)
        {
            var flows = source.Of("flows");
            var done = new HashSet<string>(StringComparer.Ordinal);
            var order = new List<string>();
            void Visit(string name)
            {
                if (!done.Add(name))
                {
                    return;
                }
                foreach (var (_, value, _) in FolderReferences.In(flows[name]).Where(r => r.Kind == "flows" && flows.ContainsKey(r.Value)))
                {
                    Visit(value);
                }
                order.Add(name);
            }
            foreach (var name in flows.Keys)
            {
                Visit(name);
            }
            return order;
        }
    }
}
