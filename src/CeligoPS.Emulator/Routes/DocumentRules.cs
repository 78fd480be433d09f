using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// What differs between collections when a document is created, replaced or deleted through the API.
/// Everything else (ids, stamps, full-replace semantics, 404s, counters) is shared in
/// <see cref="DocumentWriter"/>, so the collections cannot drift apart. Hooks run under the state lock.
/// </summary>
internal sealed class DocumentRules
{
    public required ResourceStore Store { get; init; }

    /// <summary>Top-level fields a create or replace must carry (non-empty) → 422 <c>invalid_field</c> naming the field.</summary>
    public string[] Required { get; init; } = [];

    /// <summary>Fields the server owns: dropped from request bodies; a PUT keeps the stored values; <see cref="Initialize"/> sets them on create.</summary>
    public string[] ServerOwned { get; init; } = [];

    /// <summary>Fields of a stored document a replace keeps whatever the body says (an instance flow's abstract fields).</summary>
    public Func<JsonObject, IEnumerable<string>>? Inherited { get; init; }

    /// <summary>Checks on the incoming document (after <see cref="Required"/>); throws <see cref="ApiError"/>, never mutates.</summary>
    public Action<AccountState, JsonObject>? Validate { get; init; }

    /// <summary>Fills in defaults and sub-document ids, on create and on replace.</summary>
    public Action<AccountState, JsonObject>? Complete { get; init; }

    /// <summary>Sets the server-owned fields of a new document.</summary>
    public Action<AccountState, JsonObject>? Initialize { get; init; }

    /// <summary>Drops state kept outside the document when it is deleted (errors, cache data, ...).</summary>
    public Action<AccountState, string>? Removed { get; init; }

    /// <summary>Transforms what is sent back (connections: secrets masked).</summary>
    public Func<JsonObject, JsonObject>? View { get; init; }

    /// <summary>204 everywhere (celigo-api.md §1) except where a source says otherwise.</summary>
    public int DeleteStatus { get; init; } = 204;

    /// <summary>The rules of the eight writable collections, keyed by API path segment.</summary>
    public static IReadOnlyDictionary<string, DocumentRules> For(AccountState s) => new[]
    {
        // "min name" (OLD, GC, AI). The registered ids are read-only (CLI); flow groupings get ids like any sub-document.
        new DocumentRules
        {
            Store = s.Integrations,
            Required = ["name"],
            ServerOwned = ["_registeredConnectionIds", "_registeredLookupCacheIds"],
            Complete = (st, doc) => GiveIds(st, doc["flowGroupings"]),
            Initialize = (_, doc) =>
            {
                doc["_registeredConnectionIds"] = new JsonArray();
                doc["_registeredLookupCacheIds"] = new JsonArray();
            },
        },
        // DOCS/AI list pageGenerators and pageProcessors|routers as the minimum too; only name and
        // _integrationId are enforced (as the brief asks) so a flow can be built up step by step.
        // A flow stored with disabled:false and a schedule "would run" on integrator.io; here it is just stored.
        new DocumentRules
        {
            Store = s.Flows,
            Required = ["name", "_integrationId"],
            ServerOwned = ["lastExecutedAt"],
            Inherited = FlowInstances.Inherited,
            Validate = ValidateFlow,
            // disabled is required on read (§5.2); omitted means enabled (the reason DOCS say "create disabled").
            Complete = (_, doc) => doc["disabled"] ??= false,
            // A new instance flow (§9 #2) is stored merged with its abstract flow, as the seeded ones are.
            Initialize = (st, doc) =>
            {
                if (FlowInstances.IsInstance(doc))
                    FlowInstances.MergeInto(doc, st.Flows.Get((string)doc["_abstractFlowId"]!));
            },
            Removed = (st, id) =>
            {
                foreach (var key in st.Errors.Keys.Where(k => k.FlowId == id).ToList()) st.Errors.Remove(key);
                st.LastExportDateTimes.Remove(id);
                st.Failing.Remove(id);
            },
        },
        // type is required (§4.3, §5.5); offline is refreshed by ping, not written by clients.
        new DocumentRules
        {
            Store = s.Connections,
            Required = ["type"],
            ServerOwned = ["offline"],
            Validate = (_, doc) =>
            {
                if (ConnectionRoutes.FindMaskedSecret(doc) is { } path)
                    throw ApiError.InvalidField($"{path} holds the mask \"******\" from a GET; send the real secret or leave the field out of a PATCH instead.", path);
            },
            Initialize = (_, doc) => doc["offline"] = false,
            View = ConnectionRoutes.Mask,
        },
        new DocumentRules { Store = s.Exports, Validate = ValidateConnectionRef, Removed = (st, id) => st.RecordKinds.Remove(id) },
        new DocumentRules { Store = s.Imports, Validate = ValidateConnectionRef },
        // tagId is the short code errors are tagged with; server-generated [S] (CLI shows it on read only).
        new DocumentRules
        {
            Store = s.Tags,
            ServerOwned = ["tagId"],
            Initialize = (st, doc) => doc["tagId"] = TagCodes.Next(st),
        },
        new DocumentRules { Store = s.Scripts },
        // "min name" (AI); size/sizeInMB follow the data (LookupCacheData); DELETE answers 200 (DOCS: soft delete).
        new DocumentRules
        {
            Store = s.LookupCaches,
            Required = ["name"],
            ServerOwned = ["_userId", "size", "sizeInMB"],
            Complete = (_, doc) => doc["includeDataInTemplatesAndCloning"] ??= false,
            Initialize = (st, doc) =>
            {
                doc["_userId"] = st.UserId;
                st.LookupData[(string)doc["_id"]!] = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
                LookupCacheData.UpdateSize(st, doc);
            },
            Removed = (st, id) => st.LookupData.Remove(id),
            DeleteStatus = 200,
        },
    }.ToDictionary(r => r.Store.Name, StringComparer.Ordinal);

    private static void ValidateFlow(AccountState s, JsonObject flow)
    {
        if (flow["_integrationId"] is not JsonValue v || !v.TryGetValue(out string? integrationId) || s.Integrations.Find(integrationId) is null)
            throw new ApiError(422, "invalid_ref", $"Integration {flow["_integrationId"]} does not exist.", "_integrationId");
        if (FlowInstances.IsInstance(flow) && ((string?)flow["_abstractFlowId"] is not { } abstractId || s.Flows.Find(abstractId) is not { } abstractFlow || abstractFlow["isAbstract"]?.GetValue<bool>() != true))
            throw new ApiError(422, "invalid_ref", $"Flow {flow["_abstractFlowId"]} is not a multi-instance (abstract) flow.", "_abstractFlowId");
        if (flow["pageProcessors"] is not null && flow["routers"] is not null)
            throw ApiError.InvalidField("A flow has either pageProcessors or routers, never both.", "routers");
        IReadOnlyList<FlowStep> steps;
        try
        {
            steps = FlowSteps.Of(flow);
        }
        catch (InvalidOperationException)
        {
            // A step id that is not a string (JsonValue casts throw); the shape is wrong, not the reference.
            throw ApiError.InvalidField("Step ids (_exportId, _importId) must be strings.", "pageGenerators");
        }
        foreach (var step in steps)
            if ((step.IsImport ? s.Imports : s.Exports).Find(step.Id) is null)
                throw new ApiError(422, "invalid_ref", $"{(step.IsImport ? "Import" : "Export")} {step.Id} does not exist.",
                    step.IsPageGenerator ? "pageGenerators" : flow["routers"] is not null ? "routers" : "pageProcessors");
    }

    private static void ValidateConnectionRef(AccountState s, JsonObject doc)
    {
        if (doc["_connectionId"] is null) return;
        if ((string?)doc["_connectionId"] is not { } id || s.Connections.Find(id) is null)
            throw new ApiError(422, "invalid_ref", $"Connection {doc["_connectionId"]} does not exist.", "_connectionId");
    }

    /// <summary>Sub-documents such as flow groupings get an <c>_id</c> when the client sent none (Mongo sub-document behaviour).</summary>
    private static void GiveIds(AccountState s, JsonNode? array)
    {
        foreach (var item in array as JsonArray ?? [])
            if (item is JsonObject o && o["_id"] is null) o["_id"] = s.Ids.Next();
    }
}
