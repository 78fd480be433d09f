using System.Text.Json.Nodes;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator;

/// <summary>
/// Test helpers for what the write endpoints change: tags, error tags and assignments, lookup-cache
/// data. Like the rest of the public surface they take the lock and return copies.
/// </summary>
public sealed partial class AccountState
{
    /// <summary>The short <c>tagId</c> codes of every tag (what <c>PUT …/tags</c> accepts), in tag <c>_id</c> order.</summary>
    public IReadOnlyList<string> TagIds => Locked(() =>
        Tags.All.Select(t => t["tagId"] is JsonValue v && v.TryGetValue(out string? code) ? code : null).OfType<string>().ToList());

    /// <summary>The tagIds on an open or resolved error (empty when untagged); null when the step has no such error.</summary>
    public IReadOnlyList<string>? ErrorTags(string flowId, string stepId, string errorId) => Locked(() =>
        FindError(flowId, stepId, errorId) is { } entry
            ? (entry.Doc["tags"] as JsonArray ?? []).Select(n => n is JsonValue v && v.TryGetValue(out string? t) ? t : null).OfType<string>().ToList()
            : (IReadOnlyList<string>?)null);

    /// <summary>The email an error is assigned to (<c>assignedTo</c>), or null when unassigned or unknown.</summary>
    public string? AssignedTo(string flowId, string stepId, string errorId) => Locked(() =>
        FindError(flowId, stepId, errorId)?.Doc["assignedTo"] is JsonValue v && v.TryGetValue(out string? email) ? email : null);

    /// <summary>The keys of a lookup cache's data in key order; empty when the cache is empty or unknown.</summary>
    public IReadOnlyList<string> LookupCacheKeys(string lookupCacheId) => Locked(() =>
        LookupData.TryGetValue(lookupCacheId, out var data) ? data.Keys.ToList() : (IReadOnlyList<string>)[]);

    /// <summary>A copy of one lookup-cache value; null when the key (or cache) is unknown or the value is JSON null.</summary>
    public JsonNode? LookupCacheValue(string lookupCacheId, string key) => Locked(() =>
        LookupData.TryGetValue(lookupCacheId, out var data) && data.TryGetValue(key, out var value) ? value?.DeepClone() : null);

    private ErrorEntry? FindError(string flowId, string stepId, string errorId) =>
        Errors.TryGetValue((flowId, stepId), out var errors) ? errors.Find(errorId) : null;

    /// <summary>
    /// Another editor's change: applies <paramref name="change"/> to a stored document and stamps its
    /// lastModified, as a PUT from someone else would. False when the id is unknown.
    /// </summary>
    public bool EditAsAnotherUser(string collection, string id, Action<JsonObject> change) => Locked(() =>
    {
        if (StoreOf(collection).Find(id) is not { } doc) return false;
        change(doc);
        doc["lastModified"] = Dates.Iso(Now().AddMilliseconds(1));
        return true;
    });

    /// <summary>Logs one successful call of a script (two lines), as a run would while its debug log is on.</summary>
    public void LogScriptRun(string scriptId) => Locked(() =>
    {
        Scripts.Get(scriptId);
        ScriptLog.LogCall(this, scriptId, Now(), "preSavePage", "preSavePage", SeedIds.ShopifyOrdersExport, SeedIds.ShopifyOrdersFlow, 20, failed: false);
    });

    /// <summary>
    /// Adds a pending revision to an integration (as a pull from a clone makes): its diff sets the given
    /// fields (resource id → field → new value). Returns the revision's id.
    /// </summary>
    public string AddPendingRevision(string integrationId, string description, IReadOnlyDictionary<string, JsonObject> changes) => Locked(() =>
    {
        Integrations.Get(integrationId);
        return (string)Revisions.Pending(this, integrationId, description, changes)["_id"]!;
    });
}
