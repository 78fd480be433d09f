using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Run statistics per flow (celigo-api.md §4.2 "run stats", the dashboard's source; UI, CLI, AI):
/// <c>POST /v1/flows/runs/stats</c> with <c>{_integrationIds?, _flowIds?, status?: [...], time_gt?, time_lte?}</c>
/// (epoch milliseconds on the flow jobs' createdAt) answers <c>{"stats": [...], "nextPageURL"?}</c>, 204
/// when no flow ran. The rows' shape is not documented; the emulator's, one per flow that ran:
/// <c>{_flowId, _integrationId, numRuns, numCompleted, numFailed, numCanceled, numSuccess, numError,
/// numIgnore, avgDurationMs, lastRunAt}</c>.
/// </summary>
internal static class RunStatsRoutes
{
    public const int PageSize = 100;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapPost("/v1/flows/runs/stats", async (HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: false);
            if (body is not null and not JsonObject) throw ApiError.InvalidField("The request body must be a JSON object.");
            var filter = body as JsonObject;
            var integrations = JsonBody.StringArray(filter, "_integrationIds", 1000);
            var flows = JsonBody.StringArray(filter, "_flowIds", 1000);
            var statuses = JsonBody.StringArray(filter, "status", 10);
            var after = EpochOf(filter, "time_gt");
            var until = EpochOf(filter, "time_lte");
            return s.Locked(() =>
            {
                var rows = s.Jobs.NewestFirstFrom(null)
                    .Where(j => j.Type == "flow")
                    .Where(j => (after is null || Dates.EpochMs(j.CreatedAt) > after) && (until is null || Dates.EpochMs(j.CreatedAt) <= until))
                    .Where(j => statuses is null || statuses.Contains(j.Status))
                    .Where(j => flows is null || flows.Contains(j.Str("_flowId") ?? ""))
                    .Where(j => integrations is null || integrations.Contains(j.Str("_integrationId") ?? ""))
                    .GroupBy(j => j.Str("_flowId") ?? "")
                    .Select(Row)
                    .OrderBy(r => (string)r["_flowId"]!, StringComparer.Ordinal)
                    .ToList();
                return NextPageUrlPaging.Page(http, rows, r => (string)r["_flowId"]!, PageSize, "after", "stats", (w, r) => r.WriteTo(w));
            });
        });
    }

    private static long? EpochOf(JsonObject? body, string field) =>
        body?[field] is null ? null
        : body[field] is JsonValue v && v.TryGetValue(out long ms) ? ms
        : throw ApiError.InvalidField($"{field} must be epoch milliseconds (a whole number).", field);

    private static JsonObject Row(IGrouping<string, JobRecord> runs)
    {
        var ended = runs.Where(j => j.Doc["startedAt"] is not null && j.Doc["endedAt"] is not null).ToList();
        var row = new JsonObject
        {
            ["_flowId"] = runs.Key,
            ["_integrationId"] = runs.First().Str("_integrationId"),
            ["numRuns"] = runs.Count(),
            ["numCompleted"] = runs.Count(j => j.Status == JobStatus.Completed),
            ["numFailed"] = runs.Count(j => j.Status == JobStatus.Failed),
            ["numCanceled"] = runs.Count(j => j.Status == JobStatus.Canceled),
            ["numSuccess"] = runs.Sum(j => j.Int("numSuccess")),
            ["numError"] = runs.Sum(j => j.Int("numError")),
            ["numIgnore"] = runs.Sum(j => j.Int("numIgnore")),
            ["avgDurationMs"] = ended.Count == 0 ? null
                : (long)ended.Average(j => (Dates.ParseStored((string)j.Doc["endedAt"]!) - Dates.ParseStored((string)j.Doc["startedAt"]!)).TotalMilliseconds),
            ["lastRunAt"] = Dates.Iso(runs.Max(j => j.CreatedAt)),
        };
        return row;
    }
}
