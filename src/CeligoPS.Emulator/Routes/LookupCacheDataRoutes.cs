using System.Text;
using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Writing lookup-cache data (celigo-api.md §4.8): upsert, delete keys, purge. Reading is
/// <c>POST …/getData</c> in <see cref="LookupCacheRoutes"/>. Every write updates the cache's
/// <c>size</c>/<c>sizeInMB</c> and <c>lastModified</c>.
/// </summary>
internal static class LookupCacheDataRoutes
{
    /// <summary>Per call: at most 1000 entries or keys and 5 MB (DOCS, AI; the CLI batches by both).</summary>
    private const int MaxEntries = 1000;
    private const int MaxBatchBytes = 5 * 1024 * 1024;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;

        // Upsert B {"data": [{"key", "value"}]} (AI/CLI; DOCS' table text shows a keys body here — a typo, §7).
        // Values may be any JSON (DOCS, whose sample has an object value) although AI says strings.
        // Answers 204: no source shows a response body, and the emulator does not invent one.
        app.MapPost("/v1/lookupcaches/{id}/data", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var entries = Entries(body);
            return s.Locked(() =>
            {
                var cache = s.LookupCaches.Get(id);
                var data = s.LookupData[id];
                var after = LookupCacheData.SizeOf(data.Where(kv => !entries.ContainsKey(kv.Key))) + LookupCacheData.SizeOf(entries);
                if (after > LookupCacheData.MaxCacheBytes)
                    throw ApiError.InvalidField($"Payload too large: the cache would hold {after} bytes, over its 50 MB limit.", "data");
                foreach (var (key, value) in entries) data[key] = value;
                Touch(s, cache);
                return ApiResponse.NoContent();
            });
        });

        // Delete keys B {"keys": [...]} (≤1000). Unknown keys are ignored.
        app.MapDelete("/v1/lookupcaches/{id}/data", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var keys = JsonBody.StringArray(body, "keys", MaxEntries) ?? throw ApiError.InvalidField("keys is required: an array of keys.", "keys");
            return s.Locked(() =>
            {
                var cache = s.LookupCaches.Get(id);
                var data = s.LookupData[id];
                foreach (var key in keys) data.Remove(key);
                Touch(s, cache);
                return WriteAnswer.Done(emu);
            });
        });

        app.MapDelete("/v1/lookupcaches/{id}/data/purge", (string id) => s.Locked(() =>
        {
            var cache = s.LookupCaches.Get(id);
            s.LookupData[id].Clear();
            Touch(s, cache);
            return WriteAnswer.Done(emu);
        }));
    }

    /// <summary>The upsert entries (last one wins for a repeated key); over 1000 entries or 5 MB → 422 invalid_field "payload too large".</summary>
    private static Dictionary<string, JsonNode?> Entries(JsonObject body)
    {
        if (body["data"] is not JsonArray array) throw ApiError.InvalidField("data is required: an array of {key, value}.", "data");
        if (array.Count > MaxEntries)
            throw ApiError.InvalidField($"Payload too large: at most {MaxEntries} entries per request (got {array.Count}).", "data");
        if (Encoding.UTF8.GetByteCount(array.ToJsonString()) > MaxBatchBytes)
            throw ApiError.InvalidField("Payload too large: at most 5 MB of data per request.", "data");
        var entries = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var item in array)
        {
            if (item is not JsonObject o || o["key"] is not JsonValue k || !k.TryGetValue(out string? key) || key.Length == 0)
                throw ApiError.InvalidField("Each entry of data must be {\"key\": \"<non-empty string>\", \"value\": <any JSON>}.", "data");
            entries[key] = o["value"]?.DeepClone();
        }
        return entries;
    }

    private static void Touch(AccountState s, JsonObject cache)
    {
        LookupCacheData.UpdateSize(s, cache);
        cache["lastModified"] = Dates.Iso(s.Now());
    }
}
