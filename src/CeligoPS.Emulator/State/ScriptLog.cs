using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// What scripts log while their debug log is on (celigo-api.md §4.12: entries <c>time, logLevel,
/// functionType, _resourceId, message</c>, kept only while the script's <c>debugUntil</c> is ahead). A
/// run of a flow whose exports or imports call a script through a hook logs a few entries for it.
/// </summary>
internal static class ScriptLog
{
    /// <summary>Logs the hook calls of one run of <paramref name="step"/> (records = how many it passed).</summary>
    public static void Record(AccountState s, string flowId, FlowStep step, DateTime at, int records, bool failed)
    {
        var resource = (step.IsImport ? s.Imports : s.Exports).Find(step.Id);
        foreach (var (hook, node) in resource?["hooks"] as JsonObject ?? [])
        {
            if ((string?)node?["_scriptId"] is not { } scriptId || s.Scripts.Find(scriptId) is not { } script || !Dates.IsAfter(script["debugUntil"], at)) continue;
            LogCall(s, scriptId, at, hook, (string?)node!["function"] ?? hook, step.Id, flowId, records, failed);
        }
    }

    /// <summary>The lines one call of a script's function logs: its input, an error if a record failed, its output.</summary>
    public static void LogCall(AccountState s, string scriptId, DateTime at, string hook, string function, string resourceId, string flowId, int records, bool failed)
    {
        var log = LogOf(s, scriptId);
        log.Add(Entry(at, "INFO", hook, resourceId, flowId, $"{function} called with {records} record(s)"));
        if (failed) log.Add(Entry(at.AddMilliseconds(3), "ERROR", hook, resourceId, flowId, "Record rejected: a required field is missing"));
        log.Add(Entry(at.AddMilliseconds(5), "INFO", hook, resourceId, flowId, $"{function} returned {records} record(s)"));
    }

    public static IReadOnlyList<JsonObject> Of(AccountState s, string scriptId) =>
        s.ScriptLogs.TryGetValue(scriptId, out var log) ? log : [];

    public static void Clear(AccountState s, string scriptId) => s.ScriptLogs.Remove(scriptId);

    private static List<JsonObject> LogOf(AccountState s, string scriptId)
    {
        if (!s.ScriptLogs.TryGetValue(scriptId, out var log)) s.ScriptLogs[scriptId] = log = [];
        return log;
    }

    private static JsonObject Entry(DateTime at, string level, string functionType, string resourceId, string flowId, string message) => new()
    {
        ["time"] = Dates.Iso(at),
        ["logLevel"] = level,
        ["functionType"] = functionType,
        ["_resourceId"] = resourceId,
        ["_flowId"] = flowId,
        ["message"] = message,
    };
}
