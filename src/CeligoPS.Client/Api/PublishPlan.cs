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
        /// Reads the target for a folder <see cref="Read"/> checked (throws <see cref="InvalidOperationException"/>
        /// when a connection is missing or a name is ambiguous there) and plans each resource.
        /// </summary>
        public static async Task<PublishPlan> BuildAsync(CeligoClient client, FolderContent source, IReadOnlyDictionary<string, string> connectionMap,
            bool prune, bool enable, CancellationToken ct)
        {
            var target = await PublishTarget.ReadAsync(client, source, ct).ConfigureAwait(false);
            var plan = new PublishPlan(source, enable);
            plan.LearnIds(target);
            plan.PlanEach(target, connectionMap, prune);
            return plan;
        }

        /// <summary>The ids of everything the target has already, by kind and name.</summary>
        private void LearnIds(PublishTarget target)
        {
            if (target.Exists)
            {
                Ids["integrations"][Source.IntegrationName] = (string)target.Snapshot.Integration["_id"]!;
                foreach (var grouping in target.Snapshot.Groupings.Where(g => g["_id"] != null && g["name"] != null))
                {
                    Ids[FolderReferences.Groupings][(string)grouping["name"]!] = (string)grouping["_id"]!;
                }
            }
            foreach (var name in Source.Of("connections").Keys)
            {
                Ids["connections"][name] = target.ConnectionId(name);
            }
            foreach (var kind in FolderContent.Kinds.Where(k => k != "connections"))
            {
                foreach (var name in target.Content.Of(kind).Keys)
                {
                    Ids[kind][name] = target.IdOf(kind, name);
                }
            }
        }

        /// <summary>A step per resource: the connections used, then what is made in the order it is made, then what only the target has.</summary>
        private void PlanEach(PublishTarget target, IReadOnlyDictionary<string, string> connectionMap, bool prune)
        {
            foreach (var name in Source.Of("connections").Keys)
            {
                var original = connectionMap.FirstOrDefault(m => m.Value == name).Key;
                Add("connections", name, "Use", null, null, original != null ? $"the folder's '{original}'" : null);
            }
            Plan("integrations", Source.IntegrationName, Source.Integration, target.Exists ? target.Content.Integration : null, target.Exists ? target.Snapshot.Integration : null);
            foreach (var kind in new[] { "scripts", "lookupcaches", "exports", "imports", "flows" })
            {
                foreach (var name in kind == "flows" ? FlowOrder(Source) : Source.Of(kind).Keys)
                {
                    var id = Ids[kind].TryGetValue(name, out var known) ? known : null;
                    var step = Plan(kind, name, Source.Of(kind)[name], id != null ? target.Content.Of(kind)[name] : null, id != null ? target.Raw(id) : null);
                    if (id != null && (kind == "exports" || kind == "imports") && !target.IsOwn(id))
                    {
                        step.Message = $"an unused {Singular(kind)} of this name in the account is taken over";
                    }
                }
            }
            // What the target has and the folder has not: flows first, so their steps are unused when their turn comes.
            foreach (var kind in new[] { "flows", "exports", "imports" })
            {
                foreach (var name in target.Content.Of(kind).Keys.Where(n => !Source.Of(kind).ContainsKey(n) && target.IsOwn(Ids[kind][n])))
                {
                    var step = Add(kind, name, prune ? "Delete" : "Keep", null, target.Raw(Ids[kind][name]), prune ? null : "not in the folder; -Prune deletes it");
                    step.Id = Ids[kind][name];
                }
            }
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
            var comparable = (JsonObject)target.DeepClone();
            comparable.Remove("omittedSecrets");
            var differences = IntegrationDiff.FieldDifferences(desired, comparable).ToList();
            var fields = differences.Select(d => d.Field).Distinct().ToList();
            var step = Add(kind, name, fields.Count == 0 ? "NoChange" : "Change", desired, current, message, fields,
                differences.Select(d => Shallow(d.Path)).Distinct().ToList());
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

        internal static string Singular(string kind) => kind.TrimEnd('s');

        /// <summary>Where a difference is, two properties deep at most and above any list: netsuite_da.mapping, not each mapped field.</summary>
        private static string Shallow(string path)
        {
            var list = path.IndexOf('[');
            return string.Join(".", (list < 0 ? path : path.Substring(0, list)).Split('.').Take(2));
        }

        /// <summary>
        /// The folder read with the map's connection names (each a connection of the folder), every reference
        /// naming something it has; needs no request, and throws <see cref="ArgumentException"/> naming every problem.
        /// </summary>
        public static FolderContent Read(IntegrationFolder folder, IReadOnlyDictionary<string, string> map)
        {
            var content = FolderContent.Parse(folder);
            var mapped = map.Count > 0 ? FolderContent.Parse(folder.WithConnectionsRenamed(map)) : content;
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
