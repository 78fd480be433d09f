using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.Http;

/// <summary>
/// RFC 6902 JSON-Patch as integrator.io's PATCH takes it (celigo-api.md §1): an array of
/// <c>{"op": "replace"|"add"|"remove", "path": "/field/sub", "value": ...}</c> (replace of a missing
/// object member adds it, see below). Validates every
/// operation against a copy first, so a bad operation leaves the document untouched (422).
/// </summary>
internal static class JsonPatch
{
    /// <summary>The top-level fields a patch touches (its paths' first segments); malformed operations are left to <see cref="Apply"/>.</summary>
    public static IEnumerable<string> Fields(JsonNode? patch) =>
        (patch as JsonArray ?? []).OfType<JsonObject>()
            .Select(op => op["path"] is JsonValue v && v.TryGetValue(out string? path) ? path : null)
            .Where(path => path is { Length: > 1 } && path[0] == '/')
            .Select(path => path![1..].Split('/')[0].Replace("~1", "/").Replace("~0", "~"));

    public static JsonObject Apply(JsonObject doc, JsonNode? patch)
    {
        if (patch is not JsonArray ops || ops.Count == 0)
            throw ApiError.InvalidField("The body must be a non-empty JSON-Patch array of {op, path, value}.");
        var result = doc.DeepClone().AsObject();
        foreach (var node in ops)
        {
            if (node is not JsonObject op) throw ApiError.InvalidField("Each JSON-Patch operation must be an object.");
            var kind = (string?)op["op"];
            var path = (string?)op["path"];
            if (string.IsNullOrEmpty(path) || path[0] != '/') throw ApiError.InvalidField("path must be a JSON pointer such as /disabled.", "path");
            var parts = path[1..].Split('/').Select(p => p.Replace("~1", "/").Replace("~0", "~")).ToArray();
            if (parts[0] is "_id" or "createdAt") throw ApiError.InvalidField($"{parts[0]} is read-only.", path);
            var parent = Navigate(result, parts[..^1], path);
            var last = parts[^1];
            switch (kind)
            {
                case "replace" or "add" when parent is JsonObject o:
                    // RFC 6902 wants replace to fail on a missing member, but Celigo's own clients send
                    // replace for fields that are usually absent (UI/CLI/AI: /debugDate, /logging/debugUntil),
                    // so on an object member replace behaves like add.
                    o[last] = op["value"]?.DeepClone();
                    break;
                case "replace" or "add" when parent is JsonArray a:
                    var index = last == "-" ? a.Count : ParseIndex(last, a.Count + (kind == "add" ? 1 : 0), path);
                    if (kind == "replace") a[index] = op["value"]?.DeepClone();
                    else a.Insert(index, op["value"]?.DeepClone());
                    break;
                case "remove" when parent is JsonObject o:
                    if (!o.Remove(last)) throw ApiError.InvalidField($"Cannot remove missing path {path}.", path);
                    break;
                case "remove" when parent is JsonArray a:
                    a.RemoveAt(ParseIndex(last, a.Count, path));
                    break;
                default:
                    throw ApiError.InvalidField($"Unsupported JSON-Patch op '{kind}' (use replace, add or remove).", "op");
            }
        }
        return result;
    }

    private static JsonNode Navigate(JsonNode node, string[] parts, string path)
    {
        foreach (var part in parts)
        {
            node = node switch
            {
                JsonObject o when o[part] is { } child => child,
                JsonArray a when int.TryParse(part, out var i) && i >= 0 && i < a.Count && a[i] is { } item => item,
                _ => throw ApiError.InvalidField($"Path {path} does not exist.", path),
            };
        }
        return node;
    }

    private static int ParseIndex(string text, int count, string path) =>
        int.TryParse(text, out var i) && i >= 0 && i < count ? i : throw ApiError.InvalidField($"Bad array index in {path}.", path);
}
