using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// List (Link-paged) and get-by-id for the plain collections, plus <c>/dependencies</c> for exports
/// and imports. Integrations, flows, connections and lookup caches use <see cref="MapListAndGet"/>
/// from their own route files and add their extra endpoints there.
/// </summary>
internal static class ResourceRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        MapListAndGet(app, s, s.Exports);
        MapListAndGet(app, s, s.Imports);
        MapListAndGet(app, s, s.Tags);
        MapListAndGet(app, s, s.Ashares);
        // CLI/PH: script lists may omit the (large) content; GET by id returns it.
        MapListAndGet(app, s, s.Scripts, listView: WithoutContent);

        app.MapGet("/v1/exports/{id}/dependencies", (string id) => s.Locked(() => ApiResponse.Json(Dependencies.OfExport(s, s.Exports.Get(id)))));
        app.MapGet("/v1/imports/{id}/dependencies", (string id) => s.Locked(() => ApiResponse.Json(Dependencies.OfImport(s, s.Imports.Get(id)))));
        app.MapGet("/v1/scripts/{id}/dependencies", (string id) => s.Locked(() => ApiResponse.Json(Dependencies.OfScript(s, s.Scripts.Get(id)))));
    }

    /// <summary>
    /// <c>GET /v1/{collection}</c> (Link-paged, 204 when empty), <c>GET /v1/{collection}/{id}</c> (404 <c>resource_not_found</c>)
    /// and <c>PATCH /v1/{collection}/{id}</c> (JSON-Patch).
    /// <paramref name="view"/> transforms every document sent (e.g. masking); <paramref name="listView"/> only list rows.
    /// </summary>
    public static void MapListAndGet(WebApplication app, AccountState s, ResourceStore store,
        Func<JsonObject, JsonObject>? view = null, Func<JsonObject, JsonObject>? listView = null)
    {
        var rowView = Compose(view, listView);
        app.MapGet($"/v1/{store.Name}", (HttpContext http) => s.Locked(() => LinkPaging.Page(http, store.All, view: rowView)));
        app.MapGet($"/v1/{store.Name}/{{id}}", (string id) => s.Locked(() =>
        {
            var doc = store.Get(id);
            return ApiResponse.Json(view is null ? doc : view(doc));
        }));
        MapPatch(app, s, store);
    }

    /// <summary>
    /// JSON-Patch → 204 with no body (DOCS flow/connection pages; DEV's status table says 200 — DOCS chosen).
    /// This is how flows are enabled/disabled: [{"op":"replace","path":"/disabled","value":true}].
    /// A field an integration app locks answers 422 <c>field_locked_by_integration_app</c> (celigo-api.md §9 #8).
    /// </summary>
    public static void MapPatch(WebApplication app, AccountState s, ResourceStore store)
    {
        // A patched document is completed as a replaced one is: new flow groups get their _id (Mongo sub-documents).
        var complete = DocumentRules.For(s).TryGetValue(store.Name, out var rules) ? rules.Complete : null;
        app.MapPatch($"/v1/{store.Name}/{{id}}", async (string id, HttpContext http) =>
        {
            var patch = await JsonBody.ReadAsync(http, required: true);
            return s.Locked(() =>
            {
                var doc = store.Get(id);
                if (s.LockedFieldsOf(id) is { Count: > 0 } locked && JsonPatch.Fields(patch).FirstOrDefault(locked.Contains) is { } field)
                    throw new ApiError(422, "field_locked_by_integration_app", $"{field} is managed by the integration app and cannot be changed.", field);
                var patched = JsonPatch.Apply(doc, patch);
                complete?.Invoke(s, patched);
                patched["lastModified"] = Dates.Iso(s.Now());
                store.Replace(patched);
                return ApiResponse.NoContent();
            });
        });
    }

    private static Func<JsonObject, JsonObject>? Compose(Func<JsonObject, JsonObject>? first, Func<JsonObject, JsonObject>? second) =>
        first is null ? second : second is null ? first : doc => second(first(doc));

    private static JsonObject WithoutContent(JsonObject script)
    {
        var copy = script.DeepClone().AsObject();
        copy.Remove("content");
        return copy;
    }
}
