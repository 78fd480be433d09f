using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Script logs (celigo-api.md §4.12; UI, CLI), see <see cref="ScriptLog"/>: <c>GET /v1/scripts/{id}/logs</c>
/// (Q <c>limit</c> 1–1000, <c>offset</c>, <c>level</c>, <c>time_gt</c> epoch ms, <c>_flowId</c>,
/// <c>startDate</c>, <c>endDate</c>), oldest first. Sources disagree on the answer: Celigo's UI reads
/// <c>{"logs": [...], "nextPageURL"?}</c> (the default here), its CLI a bare array paged with
/// <c>offset</c> (<see cref="EmulatorOptions.ScriptLogsAsArray"/>). <c>DELETE …/logs</c> → 204.
/// </summary>
internal static class ScriptLogRoutes
{
    public const int DefaultLimit = 100;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapGet("/v1/scripts/{id}/logs", (string id, HttpContext http) =>
        {
            var request = http.Request;
            var limit = QueryReader.Int(request, "limit", 1, 1000) ?? DefaultLimit;
            var offset = QueryReader.Int(request, "offset", 0, int.MaxValue) ?? 0;
            var level = QueryReader.One(request, "level");
            if (level is not null and not ("INFO" or "WARN" or "ERROR"))
                throw ApiError.InvalidQuery($"level must be INFO, WARN or ERROR, not '{level}'.", "level");
            var after = QueryReader.Int64(request, "time_gt");
            var flowId = QueryReader.One(request, "_flowId");
            var start = QueryReader.Date(request, "startDate");
            var end = QueryReader.Date(request, "endDate");
            return s.Locked(() =>
            {
                s.Scripts.Get(id);
                var rows = ScriptLog.Of(s, id)
                    .Select((entry, n) => (Key: $"{(string)entry["time"]!}_{n:D8}", Entry: entry, At: Dates.ParseStored((string)entry["time"]!)))
                    .Where(r => level is null || (string?)r.Entry["logLevel"] == level)
                    .Where(r => after is null || Dates.EpochMs(r.At) > after)
                    .Where(r => flowId is null || (string?)r.Entry["_flowId"] == flowId)
                    .Where(r => (start is null || r.At >= start) && (end is null || r.At <= end))
                    .OrderBy(r => r.Key, StringComparer.Ordinal)
                    .ToList();
                if (emu.Options.ScriptLogsAsArray)
                    return ApiResponse.Array(rows.Skip(offset).Take(limit).Select(r => r.Entry));
                return NextPageUrlPaging.Page(http, rows, r => r.Key, limit, "after", "logs", (w, r) => r.Entry.WriteTo(w));
            });
        });

        app.MapDelete("/v1/scripts/{id}/logs", (string id) => s.Locked(() =>
        {
            s.Scripts.Get(id);
            ScriptLog.Clear(s, id);
            return ApiResponse.NoContent();
        }));
    }
}
