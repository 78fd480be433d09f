using System.Text;
using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;

namespace CeligoPS.Emulator.State;

/// <summary>
/// What <c>POST /v1/exports/{id}/invoke</c> returns page by page: the same sample records for the same
/// export every time (seeded from the export id, shaped by <see cref="SampleRecords"/> after the
/// kind of data the export reads). Page generators yield 250 records in pages of 100, lookups 5,
/// webhook listeners none (they cannot be pulled). The <c>pagedExportState</c> is an opaque token
/// naming the export and the next offset.
/// </summary>
internal static class ExportPages
{
    public const int PageSize = 100;
    public const int GeneratorRecords = 250;
    public const int LookupRecords = 5;

    public static int RecordCount(JsonObject export) =>
        export["isLookup"] is JsonValue l && l.TryGetValue(out bool isLookup) && isLookup ? LookupRecords
        : Text(export["adaptorType"]) == "WebhookExport" || Text(export["type"]) == "webhook" ? 0
        : GeneratorRecords;

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue(out string? text) ? text : null;

    /// <summary>Records <paramref name="offset"/> .. offset + <see cref="PageSize"/> (fewer on the last page).</summary>
    public static List<JsonObject> Page(AccountState s, JsonObject export, int offset)
    {
        var id = (string)export["_id"]!;
        var kind = s.RecordKinds.GetValueOrDefault(id, "rows");
        var end = Math.Min(RecordCount(export), offset + PageSize);
        // A private Random per call: the records depend only on the export, never on what ran before.
        var rng = new Random(StableSeed(id));
        var page = new List<JsonObject>();
        for (var n = 0; n < end; n++)
        {
            var (record, _) = SampleRecords.Make(kind, rng, n + 1);
            if (n >= offset) page.Add(record);
        }
        return page;
    }

    public static string State(string exportId, int offset) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes($"{exportId}:{offset}")).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The offset a state token continues at; null state = first page. A token not issued for this export's pages → 400 invalid_field.</summary>
    public static int OffsetOf(JsonObject export, JsonNode? state)
    {
        if (state is null) return 0;
        var exportId = (string)export["_id"]!;
        if (state is JsonValue v && v.TryGetValue(out string? token))
            for (var offset = PageSize; offset < RecordCount(export); offset += PageSize)
                if (token == State(exportId, offset)) return offset;
        throw new ApiError(400, "invalid_field", "pagedExportState is not a state this export returned; send back the pagedExportState of the previous page unchanged.", "pagedExportState");
    }

    /// <summary>FNV-1a of the id: string.GetHashCode is randomised per process, this is not.</summary>
    private static int StableSeed(string id)
    {
        var hash = 2166136261u;
        foreach (var c in id) hash = (hash ^ c) * 16777619u;
        return (int)(hash & 0x7fffffff);
    }
}
