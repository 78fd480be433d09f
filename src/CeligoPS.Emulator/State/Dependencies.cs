using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// <c>GET /v1/{type}/{id}/dependencies</c> (celigo-api.md §5.7): an object keyed by plural resource
/// type listing the documents that reference the id, each as <c>{id, name, paths, accessLevel}</c>;
/// <c>{}</c> means nothing depends on it. Found by searching the referencing collections for the id,
/// so the answer always matches the stored documents.
/// </summary>
internal static class Dependencies
{
    public static JsonObject OfExport(AccountState s, JsonObject doc) => Find(s, doc, s.Flows);
    public static JsonObject OfImport(AccountState s, JsonObject doc) => Find(s, doc, s.Flows);
    public static JsonObject OfConnection(AccountState s, JsonObject doc) => Find(s, doc, s.Exports, s.Imports, s.Integrations);
    public static JsonObject OfScript(AccountState s, JsonObject doc) => Find(s, doc, s.Exports, s.Imports, s.Flows);
    public static JsonObject OfFlow(AccountState s, JsonObject doc) => Find(s, doc, s.Flows);
    public static JsonObject OfIntegration(AccountState s, JsonObject doc) => Find(s, doc, s.Flows, s.LookupCaches);

    private static JsonObject Find(AccountState s, JsonObject target, params ResourceStore[] referencing)
    {
        var id = (string)target["_id"]!;
        var result = new JsonObject();
        foreach (var store in referencing)
        {
            var hits = new JsonArray();
            foreach (var doc in store.All)
            {
                if ((string?)doc["_id"] == id) continue;
                var paths = new List<string>();
                Walk(doc, "", id, paths);
                if (paths.Count == 0) continue;
                hits.Add(new JsonObject
                {
                    ["id"] = (string)doc["_id"]!,
                    ["name"] = (string?)doc["name"],
                    ["paths"] = new JsonArray(paths.Select(p => (JsonNode?)p).ToArray()),
                    ["accessLevel"] = "owner",
                });
            }
            if (hits.Count > 0) result[store.Name] = hits;
        }
        return result;
    }

    private static void Walk(JsonNode? node, string path, string id, List<string> paths)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o) Walk(value, path.Length == 0 ? key : $"{path}.{key}", id, paths);
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++) Walk(a[i], $"{path}[{i}]", id, paths);
                break;
            case JsonValue v when v.TryGetValue(out string? s) && s == id:
                paths.Add(path);
                break;
        }
    }
}
