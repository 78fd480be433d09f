using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Integration revisions (celigo-api.md §4.1, "revisions (ILM)"; CLI, UI). The paths are confirmed, the
/// documents are not; the emulator's revision: <c>{_id, _integrationId, type, status, description,
/// _createdByUserId, createdAt}</c>. A snapshot is <c>type: "snapshot"</c>, <c>status: "completed"</c>
/// (no endpoint here reads what it kept, so only the document is stored); a pending revision (a pull from another integration,
/// <c>status: "pending"</c>) has a diff: per resource, what the pull would change.
/// </summary>
internal static class Revisions
{
    public static IReadOnlyList<JsonObject> Of(AccountState s, string integrationId) =>
        s.RevisionDocs.Values.Where(r => (string?)r.Doc["_integrationId"] == integrationId).Select(r => r.Doc)
            .OrderByDescending(d => (string?)d["createdAt"], StringComparer.Ordinal).ToList();

    /// <summary>A completed snapshot revision of the integration.</summary>
    public static JsonObject Snapshot(AccountState s, string integrationId, string description) =>
        Add(s, integrationId, "snapshot", "completed", description);

    /// <summary>A pending revision whose diff changes the named fields of <paramref name="changes"/> (resource id → field → new value).</summary>
    public static JsonObject Pending(AccountState s, string integrationId, string description, IReadOnlyDictionary<string, JsonObject> changes)
    {
        var revision = Add(s, integrationId, "pull", "pending", description);
        s.RevisionDocs[(string)revision["_id"]!].Changes = changes;
        return revision;
    }

    /// <summary>
    /// The diff of a pending revision: <c>{"numConflicts": 0, "changes": [{resourceType, _id, name, action,
    /// fields: [{path, currentValue, newValue}]}]}</c>.
    /// </summary>
    public static JsonObject Diff(AccountState s, string revisionId)
    {
        var revision = s.RevisionDocs[revisionId];
        var changes = new JsonArray();
        foreach (var (id, fields) in revision.Changes ?? new Dictionary<string, JsonObject>())
        {
            var (type, doc) = Find(s, id);
            changes.Add(new JsonObject
            {
                ["resourceType"] = type,
                ["_id"] = id,
                ["name"] = (string?)doc?["name"],
                ["action"] = doc is null ? "add" : "update",
                ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)new JsonObject
                {
                    ["path"] = f.Key,
                    ["currentValue"] = doc?[f.Key]?.DeepClone(),
                    ["newValue"] = f.Value?.DeepClone(),
                }).ToArray()),
            });
        }
        return new JsonObject { ["numConflicts"] = 0, ["changes"] = changes };
    }

    private static JsonObject Add(AccountState s, string integrationId, string type, string status, string description)
    {
        var doc = new JsonObject
        {
            ["_id"] = s.Ids.Next(),
            ["_integrationId"] = integrationId,
            ["type"] = type,
            ["status"] = status,
            ["description"] = description,
            ["_createdByUserId"] = s.UserId,
            ["createdAt"] = Dates.Iso(s.Now()),
        };
        s.RevisionDocs[(string)doc["_id"]!] = new StoredRevision(doc);
        return doc;
    }

    private static (string Type, JsonObject? Doc) Find(AccountState s, string id) =>
        s.Flows.Find(id) is { } flow ? ("flow", flow)
        : s.Exports.Find(id) is { } export ? ("export", export)
        : s.Imports.Find(id) is { } import ? ("import", import)
        : ("flow", null);
}

/// <summary>A revision, and for a pending one the changes its diff shows.</summary>
internal sealed class StoredRevision(JsonObject doc)
{
    public JsonObject Doc { get; } = doc;
    public IReadOnlyDictionary<string, JsonObject>? Changes { get; set; }
}
