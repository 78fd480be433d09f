using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// <c>POST /v1/exports/{id}/invoke</c> (celigo-api.md §4.4, §6): runs an export on its own and answers
/// 200 <c>{"data": [records], "pagedExportState": &lt;state&gt;}</c>; B <c>{"pagedExportState": &lt;state&gt;}</c>
/// fetches the next page; the state is absent on the last page. No job is created and no delta
/// checkpoint moves (CLI, AI). Records come from <see cref="ExportPages"/>.
/// </summary>
internal static class ExportInvokeRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapPost("/v1/exports/{id}/invoke", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: false);
            if (body is not null and not JsonObject) throw ApiError.InvalidField("The request body must be a JSON object.");
            return s.Locked(() =>
            {
                var export = s.Exports.Get(id);
                var offset = ExportPages.OffsetOf(export, body?["pagedExportState"]);
                var records = ExportPages.Page(s, export, offset);
                var next = offset + ExportPages.PageSize;
                var result = new JsonObject { ["data"] = new JsonArray(records.Select(r => (JsonNode?)r).ToArray()) };
                if (next < ExportPages.RecordCount(export)) result["pagedExportState"] = ExportPages.State(id, next);
                return ApiResponse.Json(result);
            });
        });
    }
}
