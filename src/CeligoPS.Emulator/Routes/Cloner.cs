using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Copies a flow or an integration with everything its flows use (celigo-api.md §4.1, §4.2, §5.8):
/// new ids for every copy, export/import <c>_connectionId</c>s mapped through <c>connectionMap</c>,
/// step ids in the copied flows pointing at the copied steps. One instance per clone request, so a
/// step shared by two flows of a cloned integration is copied once. Scripts, connections and lookup
/// caches are shared, not copied. Callers validate with <see cref="CheckConnectionMap"/> before
/// cloning anything, and hold the state lock.
/// </summary>
internal sealed class Cloner(EmulatorContext emu, IReadOnlyDictionary<string, string> connectionMap)
{
    /// <summary>Read-only run-time fields that describe the source's history, not its configuration.</summary>
    private static readonly string[] History = ["_id", "createdAt", "lastModified", "lastExecutedAt", "resolvedAt"];

    private readonly AccountState _s = emu.State;
    private readonly Dictionary<string, string> _newStepIds = new(StringComparer.Ordinal);

    /// <summary>What was created, in order: the manifest answered by the clone endpoints.</summary>
    public JsonArray Manifest { get; } = [];

    /// <summary>
    /// <c>connectionMap</c> as <c>{ "&lt;srcConnId&gt;": "&lt;dstConnId&gt;" }</c>; absent = empty. Another shape
    /// → 400 <c>invalid_connectionMap</c> (the code the AI clone schema names).
    /// </summary>
    public static Dictionary<string, string> ParseConnectionMap(JsonNode? node)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node is null) return map;
        if (node is not JsonObject o) throw InvalidMap("connectionMap must be an object mapping source connection ids to target connection ids.");
        foreach (var (source, target) in o)
        {
            if (target is not JsonValue v || !v.TryGetValue(out string? id) || id.Length == 0)
                throw InvalidMap($"connectionMap.{source} must be a connection id.");
            map[source] = id;
        }
        return map;
    }

    /// <summary>
    /// Every connection the flows' steps use must be mapped (schema: connectionMap is required when the
    /// flow uses connections → 400 <c>invalid_connectionMap</c>); every target must exist → 422 <c>invalid_ref</c>.
    /// </summary>
    public static void CheckConnectionMap(AccountState s, IEnumerable<JsonObject> flows, IReadOnlyDictionary<string, string> map)
    {
        var (exports, imports) = Scope.StepsOf(s, flows);
        CheckConnectionMapOf(s, exports.Concat(imports), map);
    }

    /// <summary>The same check for exports and imports cloned on their own.</summary>
    public static void CheckConnectionMapOf(AccountState s, IEnumerable<JsonObject> steps, IReadOnlyDictionary<string, string> map)
    {
        var used = steps.Select(d => d["_connectionId"] is JsonValue v && v.TryGetValue(out string? id) ? id : null)
            .OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
        var missing = used.Where(id => !map.ContainsKey(id)).ToList();
        if (missing.Count > 0)
            throw InvalidMap(map.Count == 0
                ? $"connectionMap is required: the resources use connections {string.Join(", ", missing)}."
                : $"connectionMap does not map connections {string.Join(", ", missing)}.");
        foreach (var (source, target) in map)
            if (s.Connections.Find(target) is null)
                throw new ApiError(422, "invalid_ref", $"Connection {target} (connectionMap.{source}) does not exist.", "connectionMap");
    }

    /// <summary>Copies an integration (flow groupings get new ids) and then each of its flows under their own names.</summary>
    public JsonObject CloneIntegration(JsonObject integration, string name)
    {
        var copy = Strip(integration);
        copy["name"] = name;
        var groupings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var grouping in copy["flowGroupings"] as JsonArray ?? [])
            if (grouping is JsonObject g && g["_id"] is JsonValue v && v.TryGetValue(out string? oldId))
                g["_id"] = groupings[oldId] = _s.Ids.Next();
        if (copy["_registeredConnectionIds"] is JsonArray registered)
            copy["_registeredConnectionIds"] = new JsonArray(registered.Select(n => (JsonNode?)Map((string?)n)).ToArray());
        var created = DocumentWriter.Insert(emu, _s.Integrations, copy);
        Manifest.Add(Entry("Integration", created));

        var newId = (string)created["_id"]!;
        foreach (var flow in Scope.FlowsOf(_s, (string)integration["_id"]!).ToList())
        {
            var oldGrouping = (string?)flow["_flowGroupingId"];
            CloneFlow(flow, newId, oldGrouping is not null && groupings.TryGetValue(oldGrouping, out var g) ? g : null, (string?)flow["name"] ?? "");
        }
        return created;
    }

    /// <summary>
    /// Copies a flow into <paramref name="integrationId"/>, with its steps. The copy is created
    /// disabled [I]: integrator.io creates clones disabled so that a scheduled clone does not start
    /// running against the mapped connections before anyone looked at it.
    /// </summary>
    public JsonObject CloneFlow(JsonObject flow, string integrationId, string? flowGroupingId, string name)
    {
        var steps = new List<(string Model, JsonObject Doc)>();
        foreach (var step in FlowSteps.Of(flow))
            if (!_newStepIds.ContainsKey(step.Id))
                steps.Add(CloneStep(step));

        var copy = Strip(flow);
        copy["name"] = name;
        copy["_integrationId"] = integrationId;
        if (flowGroupingId is null) copy.Remove("_flowGroupingId"); else copy["_flowGroupingId"] = flowGroupingId;
        copy["disabled"] = true;
        foreach (var field in new[] { "pageGenerators", "pageProcessors", "routers" })
            if (copy[field] is { } node) PointAtCopies(node);
        var created = DocumentWriter.Insert(emu, _s.Flows, copy);
        Manifest.Add(Entry("Flow", created));
        foreach (var (model, doc) in steps) Manifest.Add(Entry(model, doc));
        return created;
    }

    /// <summary>Copies one export or import on its own under <paramref name="name"/>, its connection mapped.</summary>
    public JsonObject CloneResource(FlowStep step, string name)
    {
        var (_, created) = CloneStep(step, name);
        return created;
    }

    private (string Model, JsonObject Doc) CloneStep(FlowStep step, string? name = null)
    {
        var store = step.IsImport ? _s.Imports : _s.Exports;
        var copy = Strip(store.Get(step.Id));
        if (name is not null) copy["name"] = name;
        if ((string?)copy["_connectionId"] is { } connectionId) copy["_connectionId"] = Map(connectionId);
        var created = DocumentWriter.Insert(emu, store, copy);
        var newId = (string)created["_id"]!;
        _newStepIds[step.Id] = newId;
        // The kind of records an export produces lives outside the document (invoke, retry data).
        if (_s.RecordKinds.TryGetValue(step.Id, out var kind)) _s.RecordKinds[newId] = kind;
        return (step.IsImport ? "Import" : "Export", created);
    }

    /// <summary>Rewrites step ids (<c>_exportId</c>/<c>_importId</c> anywhere in the step arrays) to the copies' ids.</summary>
    private void PointAtCopies(JsonNode node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (key is "_exportId" or "_importId" && o[key] is JsonValue v && v.TryGetValue(out string? id) && _newStepIds.TryGetValue(id, out var newId))
                        o[key] = newId;
                    else if (o[key] is { } child)
                        PointAtCopies(child);
                }
                break;
            case JsonArray a:
                foreach (var item in a)
                    if (item is not null) PointAtCopies(item);
                break;
        }
    }

    private string? Map(string? connectionId) =>
        connectionId is not null && connectionMap.TryGetValue(connectionId, out var target) ? target : connectionId;

    private static JsonObject Strip(JsonObject doc)
    {
        var copy = doc.DeepClone().AsObject();
        foreach (var field in History) copy.Remove(field);
        return copy;
    }

    private static JsonObject Entry(string model, JsonObject doc) => new()
    {
        ["model"] = model,
        ["_id"] = (string)doc["_id"]!,
        ["name"] = doc["name"]?.DeepClone(),
    };

    private static ApiError InvalidMap(string message) => new(400, "invalid_connectionMap", message, "connectionMap");
}
