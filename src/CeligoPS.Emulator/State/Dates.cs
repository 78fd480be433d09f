using System.Globalization;
using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Date handling in one place. Stored and returned dates are ISO 8601 UTC with milliseconds
/// ("2026-11-22T10:15:30.123Z"); internal times are truncated to the millisecond so that a date
/// read back from a document compares equal to the one it was written from.
/// </summary>
internal static class Dates
{
    private const string IsoFormat = "yyyy-MM-dd'T'HH:mm:ss.fff'Z'";

    private static readonly string[] AcceptedIso =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK",
        "yyyy-MM-dd'T'HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK",
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF",
        "yyyy-MM-dd'T'HH:mm:ss",
    ];

    public static string Iso(DateTime utc) => utc.ToString(IsoFormat, CultureInfo.InvariantCulture);

    public static DateTime ToMillisecond(DateTime utc) =>
        new(utc.Ticks - utc.Ticks % TimeSpan.TicksPerMillisecond, DateTimeKind.Utc);

    public static long EpochMs(DateTime utc) => new DateTimeOffset(utc).ToUnixTimeMilliseconds();

    /// <summary>
    /// Whether a stored time field (a client-written <c>debugUntil</c>, say) names a time after <paramref name="at"/>;
    /// false when absent or not a date. A missing zone means UTC.
    /// </summary>
    public static bool IsAfter(JsonNode? value, DateTime at) =>
        value is JsonValue v && v.TryGetValue(out string? text)
        && DateTime.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out var time) && time > at;

    /// <summary>Reads a date the emulator itself stored (always <see cref="Iso"/> format).</summary>
    public static DateTime ParseStored(string iso) =>
        DateTime.ParseExact(iso, IsoFormat, CultureInfo.InvariantCulture, DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal);

    /// <summary>
    /// Parses a query-string date the way the jobs/errors filters accept them (celigo-api.md §4.6):
    /// ISO 8601 with or without milliseconds (a missing zone means UTC), a plain date (midnight UTC),
    /// or epoch milliseconds.
    /// </summary>
    public static bool TryParseFilter(string text, out DateTime utc, out bool plainDate)
    {
        plainDate = false;
        text = text.Trim();
        if (text.Length > 0 && text.All(char.IsAsciiDigit) && text.Length >= 9 && long.TryParse(text, out var ms))
        {
            utc = DateTimeOffset.FromUnixTimeMilliseconds(ms).UtcDateTime;
            return true;
        }
        const DateTimeStyles styles = DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal;
        if (DateTime.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out utc))
        {
            plainDate = true;
            return true;
        }
        if (DateTime.TryParseExact(text, AcceptedIso, CultureInfo.InvariantCulture, styles, out utc))
        {
            utc = ToMillisecond(utc);
            return true;
        }
        return false;
    }
}
