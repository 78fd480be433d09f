using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>Flows (celigo-api.md §4.2) and running them (§6).</summary>
internal static class FlowRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapGet("/v1/flows", (HttpContext http) => s.Locked(() => FlowListing.Page(http, s.Flows.All, accountWide: true)));
        // mergeInstance=true: an instance flow merged with its abstract flow (celigo-api.md §4.2); other flows ignore it.
        app.MapGet("/v1/flows/{id}", (string id, HttpContext http) => s.Locked(() =>
            ApiResponse.Json(FlowInstances.View(s.Flows.Get(id), merged: QueryReader.One(http.Request, "mergeInstance") == "true"))));
        ResourceRoutes.MapPatch(app, s, s.Flows);

        app.MapGet("/v1/flows/{id}/descendants", (string id) => s.Locked(() =>
        {
            var (exports, imports) = Scope.StepsOf(s, [s.Flows.Get(id)]);
            return ApiResponse.Json(w =>
            {
                w.WriteStartObject();
                w.WriteStartArray("exports");
                foreach (var doc in exports) doc.WriteTo(w);
                w.WriteEndArray();
                w.WriteStartArray("imports");
                foreach (var doc in imports) doc.WriteTo(w);
                w.WriteEndArray();
                w.WriteEndObject();
            });
        }));

        // The newest flow job per page generator (UI then calls /jobs/{id}/family for each). 204 when the flow never ran.
        app.MapGet("/v1/flows/{id}/jobs/latest", (string id) => s.Locked(() =>
        {
            var jobs = Scope.LatestJobs(s, s.Flows.Get(id));
            return jobs.Count == 0 ? ApiResponse.NoContent() : ApiResponse.Array(jobs.Select(j => j.Doc));
        }));

        // Delta checkpoint: start of the last successful run, or the endDate a run was given. null before any.
        app.MapGet("/v1/flows/{id}/lastExportDateTime", (string id) => s.Locked(() =>
        {
            s.Flows.Get(id);
            var value = s.LastExportDateTimes.TryGetValue(id, out var at) ? JsonValue.Create(Dates.Iso(at)) : null;
            return ApiResponse.Json(new JsonObject { ["lastExportDateTime"] = value });
        }));

        app.MapGet("/v1/flows/{id}/dependencies", (string id) => s.Locked(() => ApiResponse.Json(Dependencies.OfFlow(s, s.Flows.Get(id)))));

        app.MapGet("/v1/flows/{id}/audit", (string id, HttpContext http) => s.Locked(() =>
            AuditRoutes.Page(http, s, Scope.ResourceIdsOfFlow(s, s.Flows.Get(id)), emu.Options.AuditSingleFieldChange)));

        app.MapGet("/v1/flows/{id}/template", (string id, HttpContext http) => s.Locked(() =>
        {
            s.Flows.Get(id);
            return FileRoutes.SignedUrl(http, id + ".zip");
        }));

        app.MapPost("/v1/flows/{id}/run", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: false);
            if (body is not null and not JsonObject) throw ApiError.InvalidField("The request body must be a JSON object.");
            return s.Locked(() => Run(emu, s.Flows.Get(id), body as JsonObject));
        });
    }

    /// <summary>
    /// <c>POST /v1/flows/{id}/run</c> → 201 <c>{"_jobId": "..."}</c> (DOCS/OLD 201; AE's 202 is unconfirmed).
    /// A disabled flow → 422 <c>inactive_flow</c>: the code is documented (CLI), the status is not;
    /// 422 chosen because DEV uses it for requests that are well-formed but not allowed in the current state.
    /// Body (UI + CLI): <c>{"export": {"startDate","endDate"}, "_exportIds": [...]}</c>, both optional.
    /// </summary>
    private static ApiResponse Run(EmulatorContext emu, JsonObject flow, JsonObject? body)
    {
        var s = emu.State;
        var generators = FlowSteps.Of(flow).Where(st => st.IsPageGenerator).Select(st => st.Id).ToList();
        var selected = JsonBody.StringArray(body, "_exportIds", 1000) ?? [];
        foreach (var exportId in selected)
            if (!generators.Contains(exportId))
                throw ApiError.InvalidField($"Export {exportId} is not a page generator of flow {(string)flow["_id"]!}.", "_exportIds");

        DateTime? checkpoint = null;
        if (body?["export"] is { } window)
        {
            if (window is not JsonObject w) throw ApiError.InvalidField("export must be an object with startDate and endDate.", "export");
            foreach (var field in new[] { "startDate", "endDate" })
            {
                if (w[field] is null) continue;
                if ((string?)w[field] is not { } text || !Dates.TryParseFilter(text, out var date, out _))
                    throw ApiError.InvalidField($"export.{field} must be an ISO 8601 date.", "export." + field);
                if (field == "endDate") checkpoint = date;
            }
        }

        if ((bool?)flow["disabled"] == true)
            throw new ApiError(422, "inactive_flow", $"Flow {(string)flow["_id"]!} is disabled. Enable the flow before running it.");

        var job = s.Clock.StartFlowRun(flow, selected.Count > 0 ? selected : generators, checkpoint);
        emu.Counters.JobCreated("flow");
        return ApiResponse.Json(new JsonObject { ["_jobId"] = job.Id }, 201);
    }
}
