using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;

namespace CeligoPS.Emulator.Routes;

/// <summary><c>GET /v1/tokenInfo</c> → <c>{"_userId": "...", "scope": "*"}</c> (full-access token, celigo-api.md §1).</summary>
internal static class AccountRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        app.MapGet("/v1/tokenInfo", () => ApiResponse.Json(new JsonObject { ["_userId"] = emu.State.UserId, ["scope"] = "*" }));
    }
}
