using System.Text.Json;
using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>Jobs (celigo-api.md §4.6, §5.1, §6).</summary>
internal static class JobRoutes
{
    /// <summary>DEV + MET: up to 1001 jobs per call (GC's 2023 code assumed 1000).</summary>
    public const int MaxJobsPerResponse = 1001;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;

        // Newest first by createdAt (ties by _id), at most 1001 rows, no Link header and no
        // nextPageURL: clients page by re-querying with createdAt_lte (inclusive) from the last row.
        app.MapGet("/v1/jobs", (HttpContext http) =>
        {
            var query = JobQuery.Parse(http.Request);
            return s.Locked(() =>
            {
                var rows = new List<JsonObject>();
                foreach (var job in s.Jobs.NewestFirstFrom(query.CreatedLte))
                {
                    if (query.CreatedGte is { } gte && job.CreatedAt < gte) break;
                    if (!query.Matches(job)) continue;
                    rows.Add(job.Doc);
                    if (rows.Count == MaxJobsPerResponse) break;
                }
                return rows.Count == 0 ? ApiResponse.NoContent() : ApiResponse.Array(rows);
            });
        });

        app.MapGet("/v1/jobs/{id}", (string id) => s.Locked(() => ApiResponse.Json(s.Jobs.Get(id).Doc)));

        app.MapGet("/v1/jobs/{id}/family", (string id) => s.Locked(() =>
        {
            var job = s.Jobs.Get(id);
            return ApiResponse.Json(w => WriteFamily(w, s, job));
        }));

        // Batch family (UI): B = JSON array of job ids → array of families; unknown ids are skipped.
        app.MapPost("/v1/jobs/family", async (HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: true) as JsonArray
                       ?? throw ApiError.InvalidField("The request body must be a JSON array of job ids.");
            var ids = body.Select(n => (string?)n).OfType<string>().ToList();
            return s.Locked(() => ApiResponse.Json(w =>
            {
                w.WriteStartArray();
                foreach (var id in ids)
                    if (s.Jobs.Find(id) is { } job) WriteFamily(w, s, job);
                w.WriteEndArray();
            }));
        });

        // Cancel: B {} → 200 with the job now "canceling"; it becomes "canceled" shortly after,
        // canceledBy = the token's user. A job that already finished → 422 invalid_field (no source
        // gives the real answer; 422 matches DEV's use of 422 for valid requests the state forbids).
        app.MapPut("/v1/jobs/{id}/cancel", async (string id, HttpContext http) =>
        {
            await JsonBody.ReadAsync(http, required: false);
            return s.Locked(() =>
            {
                var job = s.Jobs.Get(id);
                if (job.IsTerminal)
                    throw ApiError.InvalidField($"Job {id} is already {job.Status} and cannot be canceled.", "status");
                if (job.Status != JobStatus.Canceling) s.Clock.Cancel(job);
                return ApiResponse.Json(job.Doc);
            });
        });
    }

    /// <summary>The job's own fields plus <c>children</c>: its export/import child jobs (empty for child jobs).</summary>
    private static void WriteFamily(Utf8JsonWriter w, AccountState s, JobRecord job)
    {
        w.WriteStartObject();
        foreach (var (key, value) in job.Doc)
        {
            w.WritePropertyName(key);
            if (value is null) w.WriteNullValue(); else value.WriteTo(w);
        }
        w.WriteStartArray("children");
        foreach (var child in s.Jobs.ChildrenOf(job.Id))
            if (child.Type is "export" or "import") child.Doc.WriteTo(w);
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
