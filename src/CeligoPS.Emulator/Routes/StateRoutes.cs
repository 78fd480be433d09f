using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// The key/value state store (celigo-api.md §4.11): global keys under <c>/v1/state</c> and
/// resource-scoped keys under <c>/v1/{resourceType}/{id}/state</c>; the global key list does not
/// include resource-scoped keys.
/// </summary>
internal static class StateRoutes
{
    private static readonly string[] ScopedTypes = ["integrations", "flows", "exports", "imports", "connections"];

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;

        app.MapGet("/v1/state", () => s.Locked(() => Keys(s.GlobalState)));
        app.MapGet("/v1/state/{key}", (string key) => s.Locked(() => Value(s.GlobalState, key)));
        app.MapPut("/v1/state/{key}", async (string key, HttpContext http) =>
        {
            var value = await JsonBody.ReadAsync(http, required: true);
            return s.Locked(() => Put(s.GlobalState, key, value));
        });
        app.MapDelete("/v1/state/{key}", (string key) => s.Locked(() => Delete(s.GlobalState, key, 204)));
        app.MapDelete("/v1/state", () => s.Locked(() =>
        {
            s.GlobalState.Clear();
            return ApiResponse.NoContent();
        }));

        app.MapGet("/v1/{resourceType}/{id}/state", (string resourceType, string id) => s.Locked(() => Keys(Scoped(s, resourceType, id))));
        app.MapGet("/v1/{resourceType}/{id}/state/{key}", (string resourceType, string id, string key) =>
            s.Locked(() => Value(Scoped(s, resourceType, id), key)));
        app.MapPut("/v1/{resourceType}/{id}/state/{key}", async (string resourceType, string id, string key, HttpContext http) =>
        {
            var value = await JsonBody.ReadAsync(http, required: true);
            return s.Locked(() => Put(Scoped(s, resourceType, id), key, value));
        });
        // OLD/DOCS: resource-scoped DELETEs answer 200.
        app.MapDelete("/v1/{resourceType}/{id}/state/{key}", (string resourceType, string id, string key) =>
            s.Locked(() => Delete(Scoped(s, resourceType, id), key, 200)));
        app.MapDelete("/v1/{resourceType}/{id}/state", (string resourceType, string id) => s.Locked(() =>
        {
            Scoped(s, resourceType, id).Clear();
            return ApiResponse.Text("OK", status: 200);
        }));
    }

    /// <summary>The key store of a resource, after checking the resource exists (404 otherwise; unknown type → 404 route).</summary>
    private static SortedDictionary<string, JsonNode?> Scoped(AccountState s, string resourceType, string id)
    {
        if (!ScopedTypes.Contains(resourceType)) throw new ApiError(404, "resource_not_found", $"Cannot use state on '{resourceType}'.");
        s.StoreOf(resourceType).Get(id);
        var key = resourceType + "/" + id;
        if (!s.ResourceState.TryGetValue(key, out var keys)) s.ResourceState[key] = keys = new(StringComparer.Ordinal);
        return keys;
    }

    private static ApiResponse Keys(SortedDictionary<string, JsonNode?> store) =>
        store.Count == 0
            ? ApiResponse.NoContent()
            : ApiResponse.Json(new JsonObject { ["keys"] = new JsonArray(store.Keys.Select(k => (JsonNode?)k).ToArray()) });

    private static ApiResponse Value(SortedDictionary<string, JsonNode?> store, string key) =>
        store.TryGetValue(key, out var value) ? ApiResponse.Json(value) : throw ApiError.NotFound("State key", key);

    /// <summary>PUT creates or replaces; 200 with body text "Created" or "OK" (OLD/DOCS).</summary>
    private static ApiResponse Put(SortedDictionary<string, JsonNode?> store, string key, JsonNode? value)
    {
        var created = !store.ContainsKey(key);
        store[key] = value;
        return ApiResponse.Text(created ? "Created" : "OK");
    }

    private static ApiResponse Delete(SortedDictionary<string, JsonNode?> store, string key, int status) =>
        store.Remove(key)
            ? status == 204 ? ApiResponse.NoContent() : ApiResponse.Text("OK", status: status)
            : throw ApiError.NotFound("State key", key);
}
