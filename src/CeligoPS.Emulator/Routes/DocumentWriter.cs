using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// The one way a document is created, replaced or deleted (celigo-api.md §1): a new 24-hex <c>_id</c>
/// and <c>createdAt</c>/<c>lastModified</c> on create; PUT is a full replace that keeps only <c>_id</c>,
/// <c>createdAt</c> and the server-owned fields; unknown ids → 404 <c>resource_not_found</c>.
/// Everything is validated before anything changes. Callers hold the state lock.
/// </summary>
internal static class DocumentWriter
{
    /// <summary>Fields a client can never set; the server writes them.</summary>
    private static readonly string[] Stamps = ["_id", "createdAt", "lastModified"];

    public static JsonObject Create(EmulatorContext emu, DocumentRules rules, JsonObject body)
    {
        var s = emu.State;
        var fields = Accept(s, rules, body);
        var doc = Insert(emu, rules.Store, fields, complete: d => rules.Initialize?.Invoke(s, d));
        return doc;
    }

    /// <summary>
    /// Adds a document built by the server (creates and clones): gives it a new id and stamps, runs
    /// <paramref name="complete"/> (which sees the id) and counts it in <see cref="RequestCounters.Created"/>.
    /// </summary>
    public static JsonObject Insert(EmulatorContext emu, ResourceStore store, JsonObject fields, Action<JsonObject>? complete = null)
    {
        var s = emu.State;
        var now = Dates.Iso(s.Now());
        var doc = new JsonObject { ["_id"] = s.Ids.Next() };
        MoveFields(fields, doc);
        doc["createdAt"] = now;
        doc["lastModified"] = now;
        complete?.Invoke(doc);
        store.Add(doc);
        emu.Counters.DocumentCreated(store.Name);
        return doc;
    }

    /// <summary>PUT: the body becomes the document; fields it omits are gone.</summary>
    public static JsonObject Replace(EmulatorContext emu, DocumentRules rules, string id, JsonObject body)
    {
        var s = emu.State;
        var existing = rules.Store.Get(id);
        var fields = Accept(s, rules, body);
        var doc = new JsonObject { ["_id"] = id };
        MoveFields(fields, doc);
        foreach (var field in rules.ServerOwned)
            if (existing[field] is { } value) doc[field] = value.DeepClone();
        // What the caller may not change keeps its stored value, and the PUT still answers 200: an
        // instance flow's inherited fields, and fields an integration app locks (celigo-api.md §9 #2, #8).
        foreach (var field in (rules.Inherited?.Invoke(existing) ?? []).Concat(s.LockedFieldsOf(id)))
        {
            doc.Remove(field);
            if (existing[field] is { } value) doc[field] = value.DeepClone();
        }
        doc["createdAt"] = existing["createdAt"]?.DeepClone();
        doc["lastModified"] = Dates.Iso(s.Now());
        rules.Store.Replace(doc);
        return doc;
    }

    public static void Delete(EmulatorContext emu, DocumentRules rules, string id)
    {
        var s = emu.State;
        rules.Store.Get(id);
        rules.Store.Remove(id);
        rules.Removed?.Invoke(s, id);
        // Resource-scoped state keys go with their resource.
        s.ResourceState.Remove(rules.Store.Name + "/" + id);
    }

    /// <summary>The body without the fields the server owns, checked and completed (defaults, sub-document ids).</summary>
    private static JsonObject Accept(AccountState s, DocumentRules rules, JsonObject body)
    {
        foreach (var field in Stamps.Concat(rules.ServerOwned)) body.Remove(field);
        foreach (var field in rules.Required)
            if (body[field] is null || (body[field] is JsonValue v && v.TryGetValue(out string? text) && text.Length == 0))
                throw ApiError.InvalidField($"{field} is required.", field);
        rules.Validate?.Invoke(s, body);
        rules.Complete?.Invoke(s, body);
        return body;
    }

    /// <summary>Moves every member (a node can have only one parent) keeping the client's order.</summary>
    private static void MoveFields(JsonObject from, JsonObject to)
    {
        foreach (var key in from.Select(p => p.Key).ToList())
        {
            var value = from[key];
            from.Remove(key);
            to[key] = value;
        }
    }
}
