using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>Pointing exports and imports at another connection (celigo-api.md §4.4, §4.5).</summary>
internal static class ReplaceConnectionRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        MapReplaceConnection(app, emu, "exports");
        MapReplaceConnection(app, emu, "imports");
    }

    /// <summary>
    /// <c>PUT /v1/{exports|imports}/{id}/replaceConnection</c> B <c>{"_newConnectionId"}</c> (CLI): the resource uses
    /// another connection from now on → 200 with the stored document; 422 <c>invalid_ref</c> for a connection that does not exist.
    /// </summary>
    private static void MapReplaceConnection(WebApplication app, EmulatorContext emu, string collection)
    {
        var s = emu.State;
        app.MapPut($"/v1/{collection}/{{id}}/replaceConnection", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var target = body["_newConnectionId"] is JsonValue v && v.TryGetValue(out string? text) && text.Length > 0 ? text
                : throw ApiError.InvalidField("_newConnectionId is required: the connection to use from now on.", "_newConnectionId");
            return s.Locked(() =>
            {
                var store = collection == "imports" ? s.Imports : s.Exports;
                var doc = store.Get(id).DeepClone().AsObject();
                if (s.Connections.Find(target) is null)
                    throw new ApiError(422, "invalid_ref", $"Connection {target} does not exist.", "_newConnectionId");
                doc["_connectionId"] = target;
                doc["lastModified"] = Dates.Iso(s.Now());
                store.Replace(doc);
                return ApiResponse.Json(doc);
            });
        });
    }

}
