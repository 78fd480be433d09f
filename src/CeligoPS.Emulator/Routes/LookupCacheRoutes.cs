using System.Text.Json;
using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;

namespace CeligoPS.Emulator.Routes;

/// <summary>Lookup caches (celigo-api.md §4.8): metadata lists/gets and <c>POST .../getData</c>.</summary>
internal static class LookupCacheRoutes
{
    /// <summary>getData returns at most 1000 keys per response (DOCS; the 5 MB cap is not reached by seeded data).</summary>
    private const int PageSize = 1000;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        ResourceRoutes.MapListAndGet(app, s, s.LookupCaches);

        // No body (or {}) → every entry in key order; {"keys": [...]} → those entries; {"startsWith": "p"} →
        // prefix match. Pages of ≤1000 entries. Sources differ on going on (celigo-api.md §9): the docs
        // name a startAfterKey query parameter and no link (the default here); with
        // LookupCacheNextPageLinks a nextPageURL carries it, POSTed again with the same body. 204 when nothing matches.
        app.MapPost("/v1/lookupcaches/{id}/getData", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: false);
            if (body is not null and not JsonObject) throw ApiError.InvalidField("The request body must be a JSON object.");
            var keys = JsonBody.StringArray(body as JsonObject, "keys", PageSize);
            var startsWith = (string?)body?["startsWith"];
            return s.Locked(() =>
            {
                s.LookupCaches.Get(id);
                var data = s.LookupData[id];
                IEnumerable<KeyValuePair<string, JsonNode?>> rows = data;
                if (keys is not null)
                {
                    var wanted = keys.ToHashSet(StringComparer.Ordinal);
                    rows = rows.Where(kv => wanted.Contains(kv.Key));
                }
                if (startsWith is not null) rows = rows.Where(kv => kv.Key.StartsWith(startsWith, StringComparison.Ordinal));
                return NextPageUrlPaging.Page(http, rows.ToList(), kv => kv.Key, PageSize, "startAfterKey", "data", WriteEntry,
                    link: emu.Options.LookupCacheNextPageLinks ? NextPageUrlPaging.NextLink.KeepQuery : NextPageUrlPaging.NextLink.None);
            });
        });
    }

    private static void WriteEntry(Utf8JsonWriter w, KeyValuePair<string, JsonNode?> entry)
    {
        w.WriteStartObject();
        w.WriteString("key", entry.Key);
        w.WritePropertyName("value");
        if (entry.Value is null) w.WriteNullValue(); else entry.Value.WriteTo(w);
        w.WriteEndObject();
    }
}
