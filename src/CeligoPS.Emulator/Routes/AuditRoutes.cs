using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Audit logs (celigo-api.md §4.13, §5.11): account-wide <c>GET /v1/audit</c> and per-resource
/// <c>GET /v1/{type}/{id}/audit</c> (integration and flow audits include their descendants).
/// Newest first, Link-paged; audit ids grow with time, so newest first is descending <c>_id</c>.
/// </summary>
internal static class AuditRoutes
{
    private static readonly string[] PerResourceTypes = ["exports", "imports", "connections", "scripts", "lookupcaches"];

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapGet("/v1/audit", (HttpContext http) => s.Locked(() => Page(http, s, resourceIds: null, emu.Options.AuditSingleFieldChange)));

        // Integrations and flows have their own routes (descendants included); the other types audit just themselves.
        app.MapGet("/v1/{resourceType}/{id}/audit", (string resourceType, string id, HttpContext http) => s.Locked(() =>
        {
            if (!PerResourceTypes.Contains(resourceType))
                throw new ApiError(422, "audit_not_supported", $"Audit logs are not available for '{resourceType}'.");
            s.StoreOf(resourceType).Get(id);
            return Page(http, s, new HashSet<string>(StringComparer.Ordinal) { id }, emu.Options.AuditSingleFieldChange);
        }));
    }

    /// <summary>Filters: <c>from</c>/<c>to</c> (time window), <c>resourceType</c> (singular), <c>_resourceId</c>, <c>_byUserId</c>, <c>source</c>, <c>action</c> (= event).</summary>
    /// <param name="singleFieldChange">Write the older single <c>fieldChange</c> object instead of the <c>fieldChanges</c> array.</param>
    public static ApiResponse Page(HttpContext http, AccountState s, HashSet<string>? resourceIds, bool singleFieldChange)
    {
        var r = http.Request;
        var from = QueryReader.Date(r, "from");
        var to = QueryReader.Date(r, "to");
        var resourceType = QueryReader.One(r, "resourceType");
        var resourceId = QueryReader.One(r, "_resourceId");
        var byUser = QueryReader.One(r, "_byUserId");
        var sources = QueryReader.Many(r, "source");
        var actions = QueryReader.Many(r, "action");

        bool Matches(JsonObject e)
        {
            var time = Dates.ParseStored((string)e["time"]!);
            return (resourceIds is null || resourceIds.Contains((string)e["_resourceId"]!))
                   && (from is null || time >= from) && (to is null || time <= to)
                   && (resourceType is null || (string?)e["resourceType"] == resourceType)
                   && (resourceId is null || (string?)e["_resourceId"] == resourceId)
                   && (byUser is null || (string?)e["byUser"]?["_id"] == byUser)
                   && (sources.Count == 0 || sources.Contains((string?)e["source"] ?? ""))
                   && (actions.Count == 0 || actions.Contains((string?)e["event"] ?? ""));
        }

        var rows = s.Audit.All.Reverse().Where(Matches);
        return LinkPaging.Page(http, singleFieldChange ? rows.Select(SingleFieldChange) : rows, newestFirst: true);
    }

    /// <summary>The entry as the older shape has it: the first change as <c>fieldChange</c>.</summary>
    private static JsonObject SingleFieldChange(JsonObject entry)
    {
        if (entry["fieldChanges"] is not JsonArray { Count: > 0 } changes) return entry;
        var copy = entry.DeepClone().AsObject();
        copy.Remove("fieldChanges");
        copy["fieldChange"] = changes[0]!.DeepClone();
        return copy;
    }
}
