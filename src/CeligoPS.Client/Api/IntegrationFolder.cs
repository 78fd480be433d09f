using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// An integration as files git can diff: the integration, its flows, exports, imports, scripts (code in
    /// a .js file beside its settings), lookup-cache definitions (entries on request) and the connections
    /// it uses without credentials. Files are deterministic: keys sorted, two-space indent, LF endings;
    /// ids, time stamps and other volatile fields dropped; references between resources written by name.
    /// So exporting twice gives the same bytes, and two accounts' exports differ only in configuration.
    /// </summary>
    public sealed class IntegrationFolder
    {
        /// <summary>Fields that change without the configuration changing, or name this account only.</summary>
        private static readonly HashSet<string> Volatile = new HashSet<string>(StringComparer.Ordinal)
        {
            "_id", "createdAt", "lastModified", "lastModifiedBy", "lastExecutedAt", "_userId", "_createdByUserId",
            "size", "sizeInMB", "offline", "queueSize", "_integrationId", "resolvedAt",
            // Read-only, and not settable through the API; the lookupcaches folder says which caches the integration has.
            "_registeredLookupCacheIds",
            // Which environment of a production/sandbox account a document lives in, not how it is configured:
            // a sandbox's export would otherwise differ from production's in every file.
            "sandbox",
        };

        /// <summary>Field names that hold credentials wherever they appear.</summary>
        private static readonly Regex SecretName = new Regex(@"(password|secret|token|tokenid|apikey|api_key|privatekey|private_key|accesskey|refreshtoken|clientsecret)$",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

        private const string Mask = "******";

        private readonly SortedDictionary<string, byte[]> _files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _names = new Dictionary<string, string>(StringComparer.Ordinal);
        private readonly Dictionary<string, string> _ids = new Dictionary<string, string>(StringComparer.Ordinal);

        /// <summary>Relative path (with /) → content, in path order.</summary>
        public IReadOnlyDictionary<string, byte[]> Files => _files;

        /// <summary>The folder name for the integration: its name, made safe for file systems.</summary>
        public string FolderName { get; private set; } = "";

        /// <summary>An integration folder written by <see cref="ReadAsync"/> (and maybe edited since), read back from disk.</summary>
        public static IntegrationFolder FromDisk(string folder)
        {
            if (!System.IO.File.Exists(System.IO.Path.Combine(folder, "integration.json")))
            {
                throw new ArgumentException($"'{folder}' holds no integration.json: give the folder Export-CeligoIntegration wrote for one integration.");
            }
            var read = new IntegrationFolder { FolderName = System.IO.Path.GetFileName(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar, System.IO.Path.AltDirectorySeparatorChar)) };
            foreach (var file in System.IO.Directory.EnumerateFiles(folder, "*", System.IO.SearchOption.AllDirectories))
            {
                var relative = file.Substring(folder.TrimEnd(System.IO.Path.DirectorySeparatorChar).Length + 1).Replace(System.IO.Path.DirectorySeparatorChar, '/');
                if (relative.EndsWith(".json", StringComparison.Ordinal) || relative.EndsWith(".js", StringComparison.Ordinal))
                {
                    read._files[relative] = System.IO.File.ReadAllBytes(file);
                }
            }
            return read;
        }

        /// <summary>An integration with nothing in it (one an account does not have).</summary>
        public static IntegrationFolder Empty() => new IntegrationFolder();

        /// <summary>The integration's name, as its integration.json says.</summary>
        public string? IntegrationName =>
            _files.TryGetValue("integration.json", out var bytes) ? (string?)JsonNode.Parse(bytes)?["name"] : null;

        /// <summary>Reads the integration and everything it uses, and lays it out as files.</summary>
        public static async Task<IntegrationFolder> ReadAsync(CeligoClient client, string integrationId, bool includeData, CancellationToken ct)
        {
            var snapshot = await IntegrationSnapshot.ReadAsync(client, integrationId, ct).ConfigureAwait(false);
            var folder = From(snapshot);
            if (includeData)
            {
                foreach (var (cache, file) in folder.Named("lookupcaches", snapshot.LookupCaches))
                {
                    var entries = new JsonObject();
                    await foreach (var page in client.GetLookupCacheDataAsync((string)cache["_id"]!, null, null, ct).ConfigureAwait(false))
                    {
                        foreach (var entry in page)
                        {
                            entries[entry.Key ?? ""] = entry.Value.ValueKind == JsonValueKind.Undefined ? null : JsonNode.Parse(entry.Value.GetRawText());
                        }
                    }
                    folder._files[$"lookupcaches/{file}.data.json"] = Canonical(entries);
                }
            }
            return folder;
        }

        /// <summary>
        /// The files of an integration's documents as read from an account. References are written by the
        /// names of the documents in the snapshot and of <paramref name="otherNames"/> (id → name of
        /// resources the snapshot does not hold, such as all of an account's connections).
        /// </summary>
        public static IntegrationFolder From(IntegrationSnapshot snapshot, IReadOnlyDictionary<string, string>? otherNames = null)
        {
            var folder = new IntegrationFolder();
            foreach (var pair in otherNames ?? new Dictionary<string, string>())
            {
                folder._names[pair.Key] = pair.Value;
            }
            foreach (var doc in snapshot.Documents.Concat(snapshot.Groupings))
            {
                if ((string?)doc["_id"] is { } id && (string?)doc["name"] is { } name)
                {
                    folder._names[id] = name;
                }
            }
            var integration = snapshot.Integration;
            folder.FolderName = FileNames.Safe((string?)integration["name"] ?? (string?)integration["_id"] ?? "integration");
            folder.Add("integration.json", integration, omitSecrets: false);
            folder.AddAll("flows", snapshot.Flows, omitSecrets: false);
            folder.AddAll("exports", snapshot.Exports, omitSecrets: true);
            folder.AddAll("imports", snapshot.Imports, omitSecrets: true);
            folder.AddAll("connections", snapshot.Connections, omitSecrets: true);
            foreach (var (script, file) in folder.Named("scripts", snapshot.Scripts))
            {
                var copy = script.DeepClone().AsObject();
                var content = (string?)copy["content"] ?? "";
                copy.Remove("content");
                copy["contentFile"] = file + ".js";
                folder.Add($"scripts/{file}.json", copy, omitSecrets: false);
                folder._files[$"scripts/{file}.js"] = Encoding.UTF8.GetBytes(content.Replace("\r\n", "\n"));
            }
            folder.AddAll("lookupcaches", snapshot.LookupCaches, omitSecrets: false);
            return folder;
        }

        private void AddAll(string kind, IReadOnlyList<JsonObject> docs, bool omitSecrets)
        {
            foreach (var (doc, file) in Named(kind, docs))
            {
                Add($"{kind}/{file}.json", doc, omitSecrets);
            }
        }

        /// <summary>
        /// The same integration as it would read in an account whose connections have other names
        /// (the map's keys are this folder's names, its values the other names): references and the
        /// connections' own files renamed. Compared with that account, only real differences remain.
        /// </summary>
        public IntegrationFolder WithConnectionsRenamed(IReadOnlyDictionary<string, string> map)
        {
            JsonNode? Parse(string path)
            {
                try
                {
                    return JsonNode.Parse(_files[path]);
                }
                catch (JsonException e)
                {
                    throw new ArgumentException($"{path} is not JSON ({e.Message.Split('.')[0]}).", e);
                }
            }
            var known = new HashSet<string>(_files.Keys.Where(p => p.StartsWith("connections/", StringComparison.Ordinal))
                .Select(p => (string?)Parse(p)?["name"] ?? ""), StringComparer.Ordinal);
            var unknown = map.Keys.Where(k => !known.Contains(k)).ToList();
            if (unknown.Count > 0)
            {
                throw new ArgumentException($"-ConnectionMap maps {string.Join(", ", unknown.Select(u => $"'{u}'"))}, but the integration has no connection of that name; " +
                                            $"its connections are: {string.Join(", ", known.OrderBy(k => k, StringComparer.Ordinal).Select(k => $"'{k}'"))}.");
            }
            var renamed = new IntegrationFolder { FolderName = FolderName };
            foreach (var file in _files)
            {
                if (!file.Key.EndsWith(".json", StringComparison.Ordinal) || file.Key.EndsWith(".data.json", StringComparison.Ordinal) || !(Parse(file.Key) is JsonObject doc))
                {
                    renamed._files[file.Key] = file.Value;
                    continue;
                }
                var rewritten = (JsonObject)FolderReferences.Rewrite(doc, (kind, name) => kind == "connections" && map.TryGetValue(name, out var to) ? to : null)!;
                var path = file.Key;
                if (path.StartsWith("connections/", StringComparison.Ordinal) && (string?)doc["name"] is { } own && map.TryGetValue(own, out var target))
                {
                    rewritten["name"] = target;
                    path = "connections/" + FileNames.Safe(target) + ".json";
                }
                renamed._files[path] = Canonical(rewritten);
            }
            return renamed;
        }

        /// <summary>The account's id of the document a file was written from (null for files read from disk).</summary>
        public string? IdOf(string path) => _ids.TryGetValue(path, out var id) ? id : null;

        /// <summary>Each document with a file name from its name, unique within the kind (ties broken by content, not by id).</summary>
        private IEnumerable<(JsonObject Doc, string File)> Named(string kind, IEnumerable<JsonObject> docs)
        {
            var taken = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
            foreach (var doc in docs.OrderBy(d => (string?)d["name"] ?? "", StringComparer.Ordinal).ThenBy(d => Encoding.UTF8.GetString(Canonical(Clean(d, false).Doc)), StringComparer.Ordinal))
            {
                var baseName = FileNames.Safe((string?)doc["name"] ?? kind.TrimEnd('s'));
                var file = baseName;
                for (var n = 2; !taken.Add(file); n++)
                {
                    file = $"{baseName} ({n})";
                }
                yield return (doc, file);
            }
        }

        private void Add(string path, JsonObject doc, bool omitSecrets)
        {
            if ((string?)doc["_id"] is { } id)
            {
                _ids[path] = id;
            }
            var (clean, omitted) = Clean(doc, omitSecrets);
            if (omitted.Count > 0)
            {
                clean["omittedSecrets"] = new JsonArray(omitted.OrderBy(p => p, StringComparer.Ordinal).Select(p => (JsonNode?)p).ToArray());
            }
            _files[path] = Canonical(clean);
        }

        /// <summary>The document without volatile fields, with references by name, and (when asked) without secrets, whose paths are returned.</summary>
        private (JsonObject Doc, List<string> Omitted) Clean(JsonObject doc, bool omitSecrets)
        {
            var omitted = new List<string>();
            var named = FolderReferences.Rewrite(doc, (_, id) => _names.TryGetValue(id, out var name) ? name : null);
            var copy = (JsonObject)Rewrite(named, "", omitSecrets, omitted, top: true)!;
            return (copy, omitted);
        }

        private JsonNode? Rewrite(JsonNode? node, string path, bool omitSecrets, List<string> omitted, bool top = false)
        {
            switch (node)
            {
                case JsonObject o:
                    var result = new JsonObject();
                    foreach (var pair in o)
                    {
                        var key = pair.Key;
                        var at = path.Length == 0 ? key : path + "." + key;
                        if ((top && Volatile.Contains(key)) || (!top && key == "_id" && pair.Value is JsonValue))
                        {
                            continue;
                        }
                        if (omitSecrets && (IsMask(pair.Value) || (SecretName.IsMatch(key) && pair.Value is JsonValue)))
                        {
                            omitted.Add(at);
                            continue;
                        }
                        result[key] = Rewrite(pair.Value, at, omitSecrets, omitted);
                    }
                    return result;
                case JsonArray a:
                    return new JsonArray(a.Select((item, i) => Rewrite(item, $"{path}[{i}]", omitSecrets, omitted)).ToArray());
                default:
                    return node?.DeepClone();
            }
        }

        private static bool IsMask(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? text) && text == Mask;

        /// <summary>Sorted keys, two-space indent, LF line ends, a final newline.</summary>
        internal static byte[] Canonical(JsonNode node)
        {
            var sorted = Sort(node);
            var text = sorted!.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
            return Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n") + "\n");
        }

        private static JsonNode? Sort(JsonNode? node) => node switch
        {
            JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new KeyValuePair<string, JsonNode?>(p.Key, Sort(p.Value)))),
            JsonArray a => new JsonArray(a.Select(Sort).ToArray()),
            _ => node?.DeepClone(),
        };
    }
}
