using System.Text;
using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>Connections (celigo-api.md §4.3). Secrets are stored in clear and masked as "******" on every read.</summary>
internal static class ConnectionRoutes
{
    /// <summary>Field names whose values integrator.io never returns (CLI's masked-credential list, by field).</summary>
    private static readonly HashSet<string> SecretFields = new(StringComparer.OrdinalIgnoreCase)
    {
        "password", "token", "tokenSecret", "consumerSecret", "refreshToken", "accessToken", "clientSecret",
        "apiKey", "secretAccessKey", "privateKey", "passphrase",
    };

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        ResourceRoutes.MapListAndGet(app, s, s.Connections, view: Mask);

        // Saved-connection test. Success: 200 {"code": 200} (OLD's body; the 2026 body is unknown, §8 q4).
        // An offline connection also answers 200, with an errors array (the UI checks resp.errors).
        app.MapPost("/v1/connections/{id}/ping", async (string id, HttpContext http) =>
        {
            await JsonBody.ReadAsync(http, required: false);
            return s.Locked(() =>
            {
                var connection = s.Connections.Get(id);
                if ((bool?)connection["offline"] != true) return ApiResponse.Json(new JsonObject { ["code"] = 200 });
                return ApiResponse.Json(new JsonObject
                {
                    ["errors"] = new JsonArray(new JsonObject
                    {
                        ["code"] = "401",
                        ["message"] = $"{(string?)connection["name"]}: 401 Unauthorized - Couldn't authenticate you",
                    }),
                });
            });
        });

        // Debug log: plain text, one line per request, UTC timestamps, shared by every flow using the connection.
        app.MapGet("/v1/connections/{id}/debug", (string id) => s.Locked(() =>
        {
            var connection = s.Connections.Get(id);
            var baseUri = (string?)connection["http"]?["baseURI"] ?? $"https://{(string?)connection["type"]}.example.com";
            var offline = (bool?)connection["offline"] == true;
            var now = s.Now();
            var cleared = s.ConnectionDebugClearedAt.TryGetValue(id, out var at0) ? at0 : DateTime.MinValue;
            var text = new StringBuilder();
            for (var i = 5; i >= 1; i--)
            {
                if (now - TimeSpan.FromMinutes(i * 3) <= cleared) continue;
                var at = Dates.Iso(now - TimeSpan.FromMinutes(i * 3));
                text.Append(at).Append(" request GET ").Append(baseUri).Append("/resource?page=").Append(6 - i).Append('\n');
                text.Append(at).Append(offline ? " response 401 Unauthorized (212 ms)" : " response 200 OK (148 ms)").Append('\n');
            }
            return ApiResponse.Text(text.ToString());
        }));

        // Clearing the debug log (UI, CLI, AI): what was logged until now is gone.
        app.MapDelete("/v1/connections/{id}/debug", (string id) => s.Locked(() =>
        {
            s.Connections.Get(id);
            s.ConnectionDebugClearedAt[id] = s.Now();
            return ApiResponse.NoContent();
        }));

        app.MapGet("/v1/connections/{id}/dependencies", (string id) => s.Locked(() =>
            ApiResponse.Json(Dependencies.OfConnection(s, s.Connections.Get(id)))));
    }

    /// <summary>A copy of the connection with every secret value replaced by "******".</summary>
    public static JsonObject Mask(JsonObject connection)
    {
        var copy = connection.DeepClone().AsObject();
        MaskIn(copy);
        return copy;
    }

    /// <summary>
    /// The dotted path of the first secret field whose value is still the mask "******", or null.
    /// PUTting a fetched connection back would write the asterisks over the real secret (celigo-api.md §1,
    /// CLI <c>assertNoMaskedCredentials</c>); the emulator refuses such a write so clients must merge properly.
    /// </summary>
    public static string? FindMaskedSecret(JsonNode? node, string path = "")
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    var here = path.Length == 0 ? key : path + "." + key;
                    if (SecretFields.Contains(key) && value is JsonValue v && v.TryGetValue(out string? text) && text == "******") return here;
                    if (FindMaskedSecret(value, here) is { } found) return found;
                }
                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                    if (FindMaskedSecret(a[i], $"{path}[{i}]") is { } found) return found;
                break;
        }
        return null;
    }

    private static void MaskIn(JsonNode? node)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var key in o.Select(p => p.Key).ToList())
                {
                    if (SecretFields.Contains(key) && o[key] is JsonValue) o[key] = "******";
                    else MaskIn(o[key]);
                }
                break;
            case JsonArray a:
                foreach (var item in a) MaskIn(item);
                break;
        }
    }
}
