using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// One collection of documents (integrations, flows, ...) kept in <c>_id</c> order, which is also
/// creation order (see <see cref="IdGenerator"/>) and the order Link-paged lists use. Callers hold the state lock.
/// </summary>
internal sealed class ResourceStore(string name, string kind)
{
    private readonly SortedDictionary<string, JsonObject> _docs = new(StringComparer.Ordinal);

    /// <summary>Path segment and collection name, e.g. "flows".</summary>
    public string Name { get; } = name;

    /// <summary>Singular display name used in 404 messages, e.g. "Flow".</summary>
    public string Kind { get; } = kind;

    public int Count => _docs.Count;

    public IEnumerable<JsonObject> All => _docs.Values;

    public IEnumerable<string> Ids => _docs.Keys;

    public void Add(JsonObject doc) => _docs.Add((string)doc["_id"]!, doc);

    /// <summary>Swaps in a new version of an existing document (same <c>_id</c>).</summary>
    public void Replace(JsonObject doc) => _docs[(string)doc["_id"]!] = doc;

    public JsonObject? Find(string id) => _docs.GetValueOrDefault(id);

    /// <summary>Removes the document; false when the id is unknown.</summary>
    public bool Remove(string id) => _docs.Remove(id);

    public void Clear() => _docs.Clear();

    /// <summary>The document or a 404 <c>resource_not_found</c>.</summary>
    public JsonObject Get(string id) => Find(id) ?? throw Http.ApiError.NotFound(Kind, id);
}
