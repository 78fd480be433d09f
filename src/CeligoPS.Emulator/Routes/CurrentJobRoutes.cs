using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Jobs in progress across the account (celigo-api.md §4.6; UI dashboard, CLI, AI):
/// <c>POST /v1/jobs/current</c> with <c>{_integrationIds?, _flowIds?, status?: [...]}</c> answers
/// <c>{"jobs": [...], "nextPageURL"?}</c>, parent jobs only (flow, retry, bulk retry), oldest first.
/// How the link is to be followed is undocumented: it keeps the query, and a POST to it with the same
/// body gives the next page.
/// </summary>
internal static class CurrentJobRoutes
{
    private static readonly string[] InProgress = [JobStatus.Queued, JobStatus.Running, "retrying", JobStatus.Canceling];

    public const int PageSize = 100;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapPost("/v1/jobs/current", async (HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: false);
            if (body is not null and not JsonObject) throw ApiError.InvalidField("The request body must be a JSON object.");
            var filter = body as JsonObject;
            var integrations = JsonBody.StringArray(filter, "_integrationIds", 1000);
            var flows = JsonBody.StringArray(filter, "_flowIds", 1000);
            var statuses = JsonBody.StringArray(filter, "status", InProgress.Length) ?? [.. InProgress];
            foreach (var status in statuses)
                if (!InProgress.Contains(status))
                    throw ApiError.InvalidField($"status {status} is not a status of a job in progress ({string.Join(", ", InProgress)}).", "status");
            return s.Locked(() =>
            {
                var rows = s.Jobs.NewestFirstFrom(null)
                    .Where(j => j.Type is "flow" or "retry" or "bulk_retry" && statuses.Contains(j.Status))
                    .Where(j => flows is null || flows.Contains(j.Str("_flowId") ?? ""))
                    .Where(j => integrations is null || integrations.Contains(j.Str("_integrationId") ?? ""))
                    .OrderBy(j => j.Id, StringComparer.Ordinal)
                    .ToList();
                return NextPageUrlPaging.Page(http, rows, j => j.Id, PageSize, "after", "jobs", (w, j) => j.Doc.WriteTo(w));
            });
        });
    }
}
