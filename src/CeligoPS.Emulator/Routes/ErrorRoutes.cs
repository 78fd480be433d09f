using System.Text.Json;
using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Error Management 2.0, flow-step scoped (celigo-api.md §4.7): <c>/v1/flows/{flowId}/{stepId}/...</c>
/// with no /exports/ or /imports/ segment (the official path; ILY/PY's variant is wrong), plus the
/// flow and integration summaries.
/// </summary>
internal static class ErrorRoutes
{
    /// <summary>UI and CLI cap resolve/retry batches at 1000 ids; more → 422.</summary>
    private const int MaxBatch = 1000;

    /// <summary>Name of the opaque cursor in error-list <c>nextPageURL</c>s (the real name is unknown; clients follow the URL).</summary>
    private const string Cursor = "after";

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;

        // The open and resolved lists differ only in which list, which date field filters, and the body's property.
        void MapList(string list, string dateField, Func<StepErrors, ErrorList> pick) =>
            app.MapGet("/v1/flows/{flowId}/{stepId}/" + list, (string flowId, string stepId, HttpContext http) =>
            {
                var filter = ErrorFilter.Parse(http.Request, dateField);
                return s.Locked(() =>
                {
                    var errors = pick(StepOf(s, flowId, stepId));
                    var rows = errors.Items.Where(filter.Matches).ToList();
                    return NextPageUrlPaging.Page(http, rows, errors.KeyOf, emu.Options.ErrorPageSize, Cursor, list, WriteDoc,
                        link: emu.Options.ErrorLinksKeepFilters ? NextPageUrlPaging.NextLink.KeepQuery : NextPageUrlPaging.NextLink.UnderApiCursorOnly);
                });
            });
        MapList("errors", "occurredAt", e => e.Open);
        MapList("resolved", "resolvedAt", e => e.Resolved);

        // Resolve: B {"errors": [errorIds]} → 204. Unknown or already resolved ids are ignored (resolve is repeatable).
        app.MapPut("/v1/flows/{flowId}/{stepId}/resolved", async (string flowId, string stepId, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var ids = JsonBody.StringArray(body, "errors", MaxBatch) ?? throw ApiError.InvalidField("errors is required: an array of errorIds.", "errors");
            return s.Locked(() =>
            {
                var errors = StepOf(s, flowId, stepId);
                var wanted = ids.ToHashSet(StringComparer.Ordinal);
                var moved = errors.Open.RemoveWhere(e => wanted.Contains(e.ErrorId));
                var now = s.Now();
                foreach (var entry in moved)
                {
                    entry.ResolvedAt = now;
                    entry.Doc["resolvedAt"] = Dates.Iso(now);
                    entry.Doc["resolvedBy"] = s.UserId;
                    errors.Resolved.Add(entry);
                }
                s.AdjustErrorCounts(stepId, moved, openDelta: -1, resolvedDelta: 1);
                return WriteAnswer.Done(emu);
            });
        });

        // Delete resolved errors (CLI): B {"errors": [errorIds]} → 204.
        app.MapDelete("/v1/flows/{flowId}/{stepId}/resolved", async (string flowId, string stepId, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var ids = JsonBody.StringArray(body, "errors", MaxBatch) ?? throw ApiError.InvalidField("errors is required: an array of errorIds.", "errors");
            return s.Locked(() =>
            {
                var wanted = ids.ToHashSet(StringComparer.Ordinal);
                StepOf(s, flowId, stepId).Resolved.RemoveWhere(e => wanted.Contains(e.ErrorId));
                return WriteAnswer.Done(emu);
            });
        });

        app.MapPost("/v1/flows/{flowId}/{stepId}/retry", async (string flowId, string stepId, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            return s.Locked(() => Retry(emu, flowId, stepId, body));
        });

        app.MapGet("/v1/flows/{flowId}/{stepId}/{retryDataKey}/data", (string flowId, string stepId, string retryDataKey) => s.Locked(() =>
        {
            var errors = StepOf(s, flowId, stepId);
            return ApiResponse.Json(errors.RetryData.GetValueOrDefault(retryDataKey) ?? throw ApiError.NotFound("Retry data", retryDataKey));
        }));

        // Update retry data: B = the object from GET with "data" replaced (UI). Answers 200 with the stored object.
        app.MapPut("/v1/flows/{flowId}/{stepId}/{retryDataKey}/data", async (string flowId, string stepId, string retryDataKey, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            if (!body.ContainsKey("data")) throw ApiError.InvalidField("data is required.", "data");
            return s.Locked(() =>
            {
                var errors = StepOf(s, flowId, stepId);
                if (!errors.RetryData.ContainsKey(retryDataKey)) throw ApiError.NotFound("Retry data", retryDataKey);
                body["lastModified"] = Dates.Iso(s.Now());
                errors.RetryData[retryDataKey] = body;
                return ApiResponse.Json(body);
            });
        });

        // Flow summary: one row per step with open errors.
        app.MapGet("/v1/flows/{flowId}/errors", (string flowId) => s.Locked(() =>
        {
            var flow = s.Flows.Get(flowId);
            var rows = new JsonArray();
            foreach (var step in FlowSteps.Of(flow))
                if (Summary(s, flowId, step.Id) is { } summary)
                    rows.Add(new JsonObject { ["_expOrImpId"] = step.Id, ["numError"] = summary.Count, ["lastErrorAt"] = Dates.Iso(summary.Last) });
            return ApiResponse.Json(new JsonObject { ["flowErrors"] = rows });
        }));

        // Integration summary. Sources disagree (§7): the 2023 UI and GC read an array of per-flow
        // summaries {_flowId, numError, lastErrorAt}; the 2026 CLI reads paged error records.
        // The UI shape is served (Celigo's own UI, confirmed by GC's real data); 204 when no errors.
        app.MapGet("/v1/integrations/{id}/errors", (string id) => s.Locked(() =>
        {
            s.Integrations.Get(id);
            var rows = new List<JsonObject>();
            foreach (var flow in Scope.FlowsOf(s, id))
            {
                var flowId = (string)flow["_id"]!;
                var summaries = FlowSteps.Of(flow).Select(st => Summary(s, flowId, st.Id)).OfType<(int Count, DateTime Last)>().ToList();
                if (summaries.Count == 0) continue;
                rows.Add(new JsonObject
                {
                    ["_flowId"] = flowId,
                    ["numError"] = summaries.Sum(x => x.Count),
                    ["lastErrorAt"] = Dates.Iso(summaries.Max(x => x.Last)),
                });
            }
            return rows.Count == 0 ? ApiResponse.NoContent() : ApiResponse.Array(rows);
        }));
    }

    /// <summary>
    /// <c>POST .../retry</c>, B <c>{"retryDataKeys": [...]}</c> (UI + CLI) or <c>{"errorIds": [...]}</c> (AI).
    /// Open errors with those keys leave the open list at once and run in ONE new <c>retry</c> job;
    /// when it completes they appear as resolved by "auto". Unknown keys, resolved errors and errors
    /// without retry data are ignored (the AI skill says resolved errors cannot be retried; the UI
    /// re-sends old data after a warning — the stricter reading is used). The response body is
    /// unknown (celigo-api.md §8 q3): 204 with no body; find the job via
    /// <c>GET /v1/jobs?type=retry&amp;_flowId=...</c>.
    /// </summary>
    private static ApiResponse Retry(EmulatorContext emu, string flowId, string stepId, JsonObject body)
    {
        var s = emu.State;
        var keys = JsonBody.StringArray(body, "retryDataKeys", MaxBatch);
        var errorIds = JsonBody.StringArray(body, "errorIds", MaxBatch);
        if (keys is null && errorIds is null)
            throw ApiError.InvalidField("retryDataKeys is required: an array of retryDataKey values.", "retryDataKeys");

        var flow = s.Flows.Get(flowId);
        var step = FlowSteps.Find(flow, stepId) ?? throw ApiError.NotFound("Flow step", stepId);
        if ((bool?)flow["disabled"] == true)
            throw new ApiError(422, "inactive_flow", $"Flow {flowId} is disabled. Enable the flow before retrying errors.");

        var errors = s.ErrorsOf(flowId, stepId);
        var wantedKeys = (keys ?? []).ToHashSet(StringComparer.Ordinal);
        var wantedIds = (errorIds ?? []).ToHashSet(StringComparer.Ordinal);
        var retried = errors.Open.RemoveWhere(e => e.RetryDataKey is { } k && (wantedKeys.Contains(k) || wantedIds.Contains(e.ErrorId)));

        foreach (var key in keys ?? []) emu.Counters.Retried(flowId, stepId, key);
        if (keys is null)
            foreach (var entry in retried) emu.Counters.Retried(flowId, stepId, entry.RetryDataKey!);

        if (retried.Count > 0)
        {
            s.AdjustErrorCounts(stepId, retried, openDelta: -1, resolvedDelta: 0);
            s.Clock.StartRetry(flow, step, retried);
            emu.Counters.JobCreated("retry");
        }
        return WriteAnswer.Done(emu);
    }

    /// <summary>The step's errors, after checking the flow exists and the step belongs to it (404 otherwise).</summary>
    internal static StepErrors StepOf(AccountState s, string flowId, string stepId)
    {
        var flow = s.Flows.Get(flowId);
        if (FlowSteps.Find(flow, stepId) is null) throw ApiError.NotFound("Flow step", stepId);
        return s.ErrorsOf(flowId, stepId);
    }

    private static (int Count, DateTime Last)? Summary(AccountState s, string flowId, string stepId) =>
        s.Errors.TryGetValue((flowId, stepId), out var e) && e.Open.Count > 0
            ? (e.Open.Count, e.Open.Items.Max(x => x.OccurredAt))
            : null;

    private static void WriteDoc(Utf8JsonWriter w, ErrorEntry e) => e.Doc.WriteTo(w);

    /// <summary>Error-list filters: a date window on occurredAt (or resolvedAt), repeatable source/classification, _flowJobId.</summary>
    private sealed class ErrorFilter
    {
        private DateTime? _gte, _lte;
        private List<string> _sources = [], _classifications = [];
        private string? _flowJobId;
        private bool _byResolved;

        public static ErrorFilter Parse(HttpRequest request, string dateField) => new()
        {
            _byResolved = dateField == "resolvedAt",
            _gte = QueryReader.Date(request, dateField + "_gte"),
            _lte = QueryReader.Date(request, dateField + "_lte"),
            _sources = QueryReader.Many(request, "source"),
            _classifications = QueryReader.Many(request, "classification"),
            _flowJobId = QueryReader.One(request, "_flowJobId"),
        };

        public bool Matches(ErrorEntry e)
        {
            var at = _byResolved ? e.ResolvedAt ?? e.OccurredAt : e.OccurredAt;
            if (_gte is { } gte && at < gte) return false;
            if (_lte is { } lte && at > lte) return false;
            if (_sources.Count > 0 && !_sources.Contains((string?)e.Doc["source"] ?? "")) return false;
            if (_classifications.Count > 0 && !_classifications.Contains((string?)e.Doc["classification"] ?? "")) return false;
            if (_flowJobId is not null && e.FlowJobId != _flowJobId) return false;
            return true;
        }
    }
}
