using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Size bookkeeping of lookup-cache data (celigo-api.md §4.8, §5.9). <c>size</c> is roughly the bytes
/// of keys plus JSON values; <c>sizeInMB</c> is a bucket string like the real <c>"&lt;5 MB"</c>. Limits:
/// 50 MB per cache (DOCS). Callers hold the state lock.
/// </summary>
internal static class LookupCacheData
{
    public const long MaxCacheBytes = 50L * 1024 * 1024;

    public static long SizeOf(string key, JsonNode? value) => key.Length + (value?.ToJsonString().Length ?? 4);

    public static long SizeOf(IEnumerable<KeyValuePair<string, JsonNode?>> data) => data.Sum(kv => SizeOf(kv.Key, kv.Value));

    /// <summary>"&lt;5 MB", "&lt;10 MB", ... — only "&lt;5 MB" has been seen (AI response.yml); the larger buckets are a guess [I].</summary>
    public static string SizeInMB(long bytes) => $"<{(bytes / (5L * 1024 * 1024) + 1) * 5} MB";

    /// <summary>Recomputes <c>size</c> and <c>sizeInMB</c> of a cache document from its data.</summary>
    public static void UpdateSize(AccountState s, JsonObject cache)
    {
        var size = s.LookupData.TryGetValue((string)cache["_id"]!, out var data) ? SizeOf(data) : 0;
        cache["size"] = size;
        cache["sizeInMB"] = SizeInMB(size);
    }
}
