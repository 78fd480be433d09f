using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>One step of a flow: a page generator export, a lookup export or an import.</summary>
internal sealed record FlowStep(string Id, bool IsImport, bool IsPageGenerator, int OIndex);

/// <summary>
/// Reads the steps out of a flow document: <c>pageGenerators[]</c>, then <c>pageProcessors[]</c>
/// or every branch of every <c>routers[]</c> entry (celigo-api.md §5.2). Error paths use these ids as
/// <c>{stepId}</c>.
/// </summary>
internal static class FlowSteps
{
    public static IReadOnlyList<FlowStep> Of(JsonObject flow)
    {
        var steps = new List<FlowStep>();
        foreach (var pg in Objects(flow["pageGenerators"]))
            if ((string?)pg["_exportId"] is { } id) steps.Add(new FlowStep(id, false, true, 0));
        var processors = Objects(flow["pageProcessors"]).ToList();
        foreach (var router in Objects(flow["routers"]))
            foreach (var branch in Objects(router["branches"]))
                processors.AddRange(Objects(branch["pageProcessors"]));
        var oIndex = 1;
        foreach (var pp in processors)
        {
            var isImport = (string?)pp["type"] == "import";
            var id = (string?)(isImport ? pp["_importId"] : pp["_exportId"]);
            if (id is not null) steps.Add(new FlowStep(id, isImport, false, oIndex++));
        }
        return steps;
    }

    public static FlowStep? Find(JsonObject flow, string stepId) => Of(flow).FirstOrDefault(s => s.Id == stepId);

    private static IEnumerable<JsonObject> Objects(JsonNode? node) =>
        node is JsonArray array ? array.OfType<JsonObject>() : [];
}
