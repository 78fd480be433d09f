using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Multi-instance flows (celigo-api.md §4.2, §9 #2; a Celigo answer on connective.celigo.com, thread
/// 6311): an abstract flow (<c>isAbstract</c>, <c>numInstances</c>) holds the steps; each instance flow
/// names it in <c>_abstractFlowId</c> and keeps only its own fields and <c>overrides</c>. The API sends an
/// instance sparse (no <c>pageGenerators</c>, <c>pageProcessors</c> or <c>routers</c>) unless asked
/// with <c>mergeInstance=true</c>, and lists instances only with <c>includeInstances=true</c> or
/// <c>_abstractFlowId=</c>.
/// The store keeps every instance merged with its abstract, so steps, runs and errors work as for any
/// flow; only what is sent is made sparse.
/// </summary>
internal static class FlowInstances
{
    /// <summary>What an instance flow has of its own; everything else is its abstract flow's.</summary>
    private static readonly string[] OwnFields =
        ["_id", "name", "_abstractFlowId", "overrides", "_integrationId", "_flowGroupingId", "disabled", "lastExecutedAt", "createdAt", "lastModified"];

    public static bool IsInstance(JsonObject flow) => flow["_abstractFlowId"] is not null;

    /// <summary>The document as the API sends it: an instance sparse unless <paramref name="merged"/>.</summary>
    public static JsonObject View(JsonObject flow, bool merged)
    {
        if (merged || !IsInstance(flow)) return flow;
        var sparse = new JsonObject();
        foreach (var field in OwnFields)
            if (flow[field] is { } value) sparse[field] = value.DeepClone();
        return sparse;
    }

    /// <summary>The fields a full replace of an instance cannot change: they are its abstract flow's.</summary>
    public static IEnumerable<string> Inherited(JsonObject flow) =>
        IsInstance(flow) ? flow.Select(p => p.Key).Where(k => !OwnFields.Contains(k)).ToList() : [];

    /// <summary>Gives a new instance flow, created with its own fields only, its abstract flow's steps and settings (its overrides win).</summary>
    public static void MergeInto(JsonObject instance, JsonObject abstractFlow)
    {
        var merged = Instantiate(abstractFlow, instance, instance["overrides"] as JsonObject ?? []);
        foreach (var (key, value) in merged.ToList())
            if (!instance.ContainsKey(key) && key != "lastExecutedAt") instance[key] = value?.DeepClone();
        foreach (var (key, value) in (instance["overrides"] as JsonObject ?? []).ToList())
            instance[key] = value?.DeepClone();
    }

    /// <summary>An instance of <paramref name="abstractFlow"/>: its steps and settings, then the instance's own fields and overrides.</summary>
    public static JsonObject Instantiate(JsonObject abstractFlow, JsonObject own, JsonObject overrides)
    {
        var flow = abstractFlow.DeepClone().AsObject();
        flow.Remove("isAbstract");
        flow.Remove("numInstances");
        foreach (var (key, value) in own) flow[key] = value?.DeepClone();
        flow["_abstractFlowId"] = (string)abstractFlow["_id"]!;
        flow["overrides"] = overrides.DeepClone();
        foreach (var (key, value) in overrides) flow[key] = value?.DeepClone();
        return flow;
    }
}
