using System.Text.Json.Nodes;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// What belongs to an integration or a flow (its flows, steps, connections, scripts). Sub-lists,
/// descendants, audit and templates all derive from these so they agree with each other.
/// Callers hold the state lock.
/// </summary>
internal static class Scope
{
    public static IEnumerable<JsonObject> FlowsOf(AccountState s, string integrationId) =>
        s.Flows.All.Where(f => (string?)f["_integrationId"] == integrationId);

    /// <summary>Exports then imports used by the flows, each once, in step order.</summary>
    public static (List<JsonObject> Exports, List<JsonObject> Imports) StepsOf(AccountState s, IEnumerable<JsonObject> flows)
    {
        var exports = new List<JsonObject>();
        var imports = new List<JsonObject>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var flow in flows)
            foreach (var step in FlowSteps.Of(flow))
            {
                if (!seen.Add(step.Id)) continue;
                var doc = step.IsImport ? s.Imports.Find(step.Id) : s.Exports.Find(step.Id);
                if (doc is not null) (step.IsImport ? imports : exports).Add(doc);
            }
        return (exports, imports);
    }

    /// <summary>Ids of a flow and everything it uses (steps, their scripts).</summary>
    public static HashSet<string> ResourceIdsOfFlow(AccountState s, JsonObject flow)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { (string)flow["_id"]! };
        var (exports, imports) = StepsOf(s, [flow]);
        foreach (var doc in exports.Concat(imports))
        {
            ids.Add((string)doc["_id"]!);
            foreach (var hook in (doc["hooks"] as JsonObject)?.Select(h => h.Value).OfType<JsonObject>() ?? [])
                if ((string?)hook["_scriptId"] is { } scriptId) ids.Add(scriptId);
        }
        return ids;
    }

    /// <summary>Ids of an integration and everything under it (flows, steps, scripts, registered connections and lookup caches).</summary>
    public static HashSet<string> ResourceIdsOfIntegration(AccountState s, JsonObject integration)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal) { (string)integration["_id"]! };
        foreach (var flow in FlowsOf(s, (string)integration["_id"]!)) ids.UnionWith(ResourceIdsOfFlow(s, flow));
        foreach (var field in new[] { "_registeredConnectionIds", "_registeredLookupCacheIds" })
            foreach (var id in (integration[field] as JsonArray ?? []).Select(n => (string?)n).OfType<string>()) ids.Add(id);
        return ids;
    }

    /// <summary>The newest flow job per page generator of a flow (what <c>/jobs/latest</c> returns).</summary>
    public static List<JobRecord> LatestJobs(AccountState s, JsonObject flow)
    {
        var flowId = (string)flow["_id"]!;
        var generators = FlowSteps.Of(flow).Count(st => st.IsPageGenerator);
        var latest = new Dictionary<string, JobRecord>(StringComparer.Ordinal);
        foreach (var job in s.Jobs.NewestFirstFrom(null))
        {
            if (job.Type == "flow" && job.Str("_flowId") == flowId && job.Str("_exportId") is { } pg) latest.TryAdd(pg, job);
            if (latest.Count >= generators) break;
        }
        return latest.Values.OrderByDescending(j => j.CreatedAt).ToList();
    }
}
