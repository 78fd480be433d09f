using System.Text.Json;
using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.Http;

/// <summary>
/// List projection (celigo-api.md §1): <c>include=a,b.c</c> keeps <c>_id</c>, <c>name</c>, a small
/// default set and the listed (dot) paths; <c>exclude=</c> drops the listed paths; both together
/// → 400 <c>invalid_query_params</c>. Only list endpoints apply it (it is ignored on GET by id).
/// </summary>
internal sealed class Projection
{
    private static readonly string[] AlwaysIncluded = ["_id", "name", "createdAt", "lastModified"];
    private readonly string[]? _include;
    private readonly string[]? _exclude;

    private Projection(string[]? include, string[]? exclude)
    {
        _include = include;
        _exclude = exclude;
    }

    public static Projection From(HttpRequest request)
    {
        var include = Split(QueryReader.One(request, "include"));
        var exclude = Split(QueryReader.One(request, "exclude"));
        if (request.Query.Keys.Any(k => k is "include[]" or "exclude[]"))
            throw new ApiError(400, "invalid_query_params", "Bracket syntax include[]/exclude[] is not supported; use a comma-separated list.");
        if (include is not null && exclude is not null)
            throw new ApiError(400, "invalid_query_params", "include and exclude cannot be used together.");
        return new Projection(include, exclude);
    }

    public void Write(Utf8JsonWriter writer, JsonObject doc)
    {
        if (_include is null && _exclude is null)
        {
            doc.WriteTo(writer);
            return;
        }
        JsonObject result;
        if (_include is not null)
        {
            result = new JsonObject();
            foreach (var path in AlwaysIncluded.Concat(_include).Distinct())
                if (Find(doc, path) is { } value) Set(result, path, value.DeepClone());
        }
        else
        {
            result = doc.DeepClone().AsObject();
            foreach (var path in _exclude!) Remove(result, path);
        }
        result.WriteTo(writer);
    }

    private static string[]? Split(string? value) =>
        string.IsNullOrWhiteSpace(value) ? null : value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static JsonNode? Find(JsonObject doc, string path)
    {
        JsonNode? node = doc;
        foreach (var part in path.Split('.'))
            node = node is JsonObject o ? o[part] : null;
        return node;
    }

    private static void Set(JsonObject target, string path, JsonNode value)
    {
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
        {
            if (target[parts[i]] is not JsonObject next) target[parts[i]] = next = new JsonObject();
            target = next;
        }
        target[parts[^1]] = value;
    }

    private static void Remove(JsonObject target, string path)
    {
        var parts = path.Split('.');
        for (var i = 0; i < parts.Length - 1; i++)
            if (target[parts[i]] is JsonObject next) target = next; else return;
        target.Remove(parts[^1]);
    }
}
