using CeligoPS.Emulator.Http;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Create, full replace and delete for integrations, flows, connections, exports, imports, tags,
/// scripts and lookup caches (celigo-api.md §1, §4): <c>POST /v1/{collection}</c> → 201 with the new
/// document, <c>PUT /v1/{collection}/{id}</c> → 200 with the stored document, <c>DELETE</c> → 204
/// (lookup caches 200). Lists, gets and PATCH are in <see cref="ResourceRoutes.MapListAndGet"/>.
/// </summary>
internal static class DocumentRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        foreach (var rules in DocumentRules.For(s).Values)
        {
            var name = rules.Store.Name;
            var view = rules.View ?? (doc => doc);

            app.MapPost($"/v1/{name}", async (HttpContext http) =>
            {
                var body = await JsonBody.ReadObjectAsync(http);
                return s.Locked(() => ApiResponse.Json(view(DocumentWriter.Create(emu, rules, body)), 201));
            });

            app.MapPut($"/v1/{name}/{{id}}", async (string id, HttpContext http) =>
            {
                var body = await JsonBody.ReadObjectAsync(http);
                return s.Locked(() => ApiResponse.Json(view(DocumentWriter.Replace(emu, rules, id, body))));
            });

            app.MapDelete($"/v1/{name}/{{id}}", (string id) => s.Locked(() =>
            {
                DocumentWriter.Delete(emu, rules, id);
                return rules.DeleteStatus == 204 ? ApiResponse.NoContent() : ApiResponse.Empty(rules.DeleteStatus);
            }));
        }
    }
}
