using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// A flow step's HTTP requests (celigo-api.md §4.2, §4.7; CLI, UI), see <see cref="RequestLog"/>:
/// <c>GET /v1/flows/{f}/{step}/requests</c> (Q <c>time_gt</c>, <c>time_lte</c> in epoch ms, repeatable
/// <c>statusCode</c>, <c>stage</c>, <c>method</c>) → <c>{"requests": [...], "nextPageURL"?}</c>, 204 when
/// none; <c>GET …/requests/{key}</c> → one request with its response, 404 for a key the step does not
/// have; <c>DELETE …/requests</c> with <c>{"keys": [...]}</c> → 204.
/// </summary>
internal static class RequestLogRoutes
{
    public const int PageSize = 100;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapGet("/v1/flows/{flowId}/{stepId}/requests", (string flowId, string stepId, HttpContext http) =>
        {
            var request = http.Request;
            var after = QueryReader.Int64(request, "time_gt");
            var until = QueryReader.Int64(request, "time_lte");
            var statuses = QueryReader.Many(request, "statusCode");
            var stages = QueryReader.Many(request, "stage");
            var methods = QueryReader.Many(request, "method");
            return s.Locked(() =>
            {
                ErrorRoutes.StepOf(s, flowId, stepId);
                var rows = RequestLog.Of(s, flowId, stepId)
                    .Where(r => (after is null || (long)r["time"]! > after) && (until is null || (long)r["time"]! <= until))
                    .Where(r => statuses.Count == 0 || statuses.Contains(r["statusCode"]!.ToString()))
                    .Where(r => stages.Count == 0 || stages.Contains((string)r["stage"]!))
                    .Where(r => methods.Count == 0 || methods.Contains((string)r["method"]!, StringComparer.OrdinalIgnoreCase))
                    .ToList();
                return NextPageUrlPaging.Page(http, rows, r => (string)r["key"]!, PageSize, "after", "requests", (w, r) => r.WriteTo(w));
            });
        });

        app.MapGet("/v1/flows/{flowId}/{stepId}/requests/{key}", (string flowId, string stepId, string key) => s.Locked(() =>
        {
            ErrorRoutes.StepOf(s, flowId, stepId);
            var step = FlowSteps.Find(s.Flows.Get(flowId), stepId)!;
            return ApiResponse.Json(RequestLog.Detail(s, flowId, step, key)
                ?? throw new ApiError(404, "req_res_logs_not_found", $"No request and response are kept under {key} for step {stepId}."));
        }));

        app.MapDelete("/v1/flows/{flowId}/{stepId}/requests", async (string flowId, string stepId, HttpContext http) =>
        {
            var keys = JsonBody.StringArray(await JsonBody.ReadObjectAsync(http), "keys", 1000)
                ?? throw ApiError.InvalidField("keys is required: an array of request keys.", "keys");
            return s.Locked(() =>
            {
                ErrorRoutes.StepOf(s, flowId, stepId);
                if (s.RequestLogs.TryGetValue((flowId, stepId), out var log)) log.RemoveAll(r => keys.Contains((string)r["key"]!));
                return ApiResponse.NoContent();
            });
        });
    }
}
