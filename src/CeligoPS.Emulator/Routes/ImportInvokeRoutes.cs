using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// <c>POST /v1/imports/{id}/invoke</c> (celigo-api.md §4.5, CLI): sends records through an import on its
/// own, without a flow or a job. B = a JSON array of record objects (at most 1000). The answer is not
/// documented; the emulator's is one result per record, in order: <c>{"statusCode": 200, "id": "…"}</c>, or
/// for a record the target refuses (a record with no fields at all) <c>{"statusCode": 422, "errors": [{code, message}]}</c>.
/// </summary>
internal static class ImportInvokeRoutes
{
    public const int MaxRecords = 1000;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapPost("/v1/imports/{id}/invoke", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: true);
            if (body is not JsonArray records || records.Any(r => r is not JsonObject))
                throw ApiError.InvalidField("The request body must be a JSON array of record objects.");
            if (records.Count > MaxRecords)
                throw ApiError.InvalidField($"At most {MaxRecords} records per call (got {records.Count}).");
            return s.Locked(() =>
            {
                s.Imports.Get(id);
                emu.Counters.ImportInvoked(id, records.Count);
                var results = new JsonArray();
                foreach (var record in records.Cast<JsonObject>())
                    results.Add(record.Count == 0
                        ? new JsonObject { ["statusCode"] = 422, ["errors"] = new JsonArray(new JsonObject { ["code"] = "missing_fields", ["message"] = "The record has no fields to import." }) }
                        : new JsonObject { ["statusCode"] = 200, ["id"] = s.Ids.Next() });
                return ApiResponse.Json(results);
            });
        });
    }
}
