using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// The documents of an integration folder, by kind and name: the integration, and each flow, export,
    /// import, connection, script (its code back in <c>content</c>) and lookup cache. Parsing says every
    /// problem at once (a file that is not JSON, a name used twice, a missing .js), before any request.
    /// </summary>
    public sealed class FolderContent
    {
        /// <summary>The kinds in the order a publish writes them: what others refer to comes first.</summary>
        public static readonly IReadOnlyList<string> Kinds = new[] { "connections", "scripts", "lookupcaches", "exports", "imports", "flows" };

        private readonly Dictionary<string, SortedDictionary<string, JsonObject>> _byKind =
            Kinds.ToDictionary(k => k, k => new SortedDictionary<string, JsonObject>(StringComparer.Ordinal), StringComparer.Ordinal);

        private readonly Dictionary<string, string> _paths = new Dictionary<string, string>(StringComparer.Ordinal);

        private FolderContent(JsonObject integration)
        {
            Integration = integration;
        }

        public JsonObject Integration { get; private set; }

        public string IntegrationName => (string?)Integration["name"] ?? "";

        /// <summary>The documents of one kind, by name.</summary>
        public IReadOnlyDictionary<string, JsonObject> Of(string kind) => _byKind[kind];

        /// <summary>The file a document was read from (kind/name → path in the folder).</summary>
        public string PathOf(string kind, string name) => _paths.TryGetValue(kind + "/" + name, out var path) ? path : kind;

        /// <summary>The flow groups' names, as integration.json lists them.</summary>
        public IEnumerable<string> GroupingNames =>
            (Integration["flowGroupings"] as JsonArray ?? new JsonArray()).Select(g => (string?)g?["name"]).OfType<string>();

        /// <summary>Reads the folder's files; throws <see cref="ArgumentException"/> naming every problem found.</summary>
        public static FolderContent Parse(IntegrationFolder folder)
        {
            var problems = new List<string>();
            JsonObject? Read(string path)
            {
                try
                {
                    return JsonNode.Parse(folder.Files[path]) as JsonObject ?? throw new JsonException("not a JSON object");
                }
                catch (JsonException e)
                {
                    problems.Add($"{path} is not a JSON object ({e.Message.Split('.')[0]})");
                    return null;
                }
            }
            if (!folder.Files.ContainsKey("integration.json"))
            {
                throw new ArgumentException("The folder holds no integration.json: give the folder Export-CeligoIntegration wrote for one integration.");
            }
            var content = new FolderContent(Read("integration.json") ?? new JsonObject());
            if (string.IsNullOrEmpty(content.IntegrationName))
            {
                problems.Add("integration.json has no name");
            }
            foreach (var path in folder.Files.Keys.Where(p => p.EndsWith(".json", StringComparison.Ordinal) && !p.EndsWith(".data.json", StringComparison.Ordinal) && p.Contains('/')))
            {
                var kind = path.Substring(0, path.IndexOf('/'));
                if (!content._byKind.TryGetValue(kind, out var docs) || Read(path) is not { } doc)
                {
                    continue;
                }
                if ((string?)doc["name"] is not { Length: > 0 } name)
                {
                    problems.Add($"{path} has no name");
                    continue;
                }
                if (docs.ContainsKey(name))
                {
                    problems.Add($"{path} and {content._paths[kind + "/" + name]} are both named '{name}': names say which resource is which, so rename one");
                    continue;
                }
                if (kind == "scripts")
                {
                    var codeFile = "scripts/" + ((string?)doc["contentFile"] ?? "");
                    if (!folder.Files.TryGetValue(codeFile, out var code))
                    {
                        problems.Add($"{path} names its code file {codeFile}, which the folder does not have");
                        continue;
                    }
                    doc.Remove("contentFile");
                    doc["content"] = Encoding.UTF8.GetString(code);
                }
                docs[name] = doc;
                content._paths[kind + "/" + name] = path;
            }
            if (problems.Count > 0)
            {
                throw new ArgumentException("The integration folder cannot be read: " + string.Join("; ", problems) + ".");
            }
            return content;
        }
    }
}
