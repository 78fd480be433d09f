using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Http;

/// <summary>Query-string reading with the emulator's validation rules (bad values → 400 <c>invalid_query</c>).</summary>
internal static class QueryReader
{
    public static string? One(HttpRequest request, string name)
    {
        var values = request.Query[name];
        return values.Count == 0 ? null : values[^1];
    }

    /// <summary>
    /// Every value of a multi-value parameter, in any of the spellings clients use: repeated
    /// (<c>status=a&amp;status=b</c>, UI 2023) or indexed (<c>type_in[0]=a&amp;type_in[1]=b</c>, UI/OLD).
    /// </summary>
    public static List<string> Many(HttpRequest request, string name)
    {
        var result = new List<string>();
        foreach (var (key, values) in request.Query)
        {
            if (key == name || key == name + "[]" || (key.StartsWith(name + "[", StringComparison.Ordinal) && key.EndsWith(']')))
                foreach (var value in values)
                    if (!string.IsNullOrEmpty(value)) result.Add(value);
        }
        return result;
    }

    public static int? Int(HttpRequest request, string name, int min, int max)
    {
        var text = One(request, name);
        if (text is null) return null;
        if (!int.TryParse(text, out var value) || value < min || value > max)
            throw ApiError.InvalidQuery($"{name} must be an integer between {min} and {max}.", name);
        return value;
    }

    /// <summary>A whole number such as epoch milliseconds (<c>time_gt</c>).</summary>
    public static long? Int64(HttpRequest request, string name)
    {
        var text = One(request, name);
        if (text is null) return null;
        return long.TryParse(text, out var value) ? value : throw ApiError.InvalidQuery($"{name} must be a whole number (epoch milliseconds).", name);
    }

    /// <summary>A date filter value (ISO 8601 with/without millis, plain date, or epoch ms).</summary>
    public static DateTime? Date(HttpRequest request, string name) => Date(request, name, out _);

    public static DateTime? Date(HttpRequest request, string name, out bool plainDate)
    {
        plainDate = false;
        var text = One(request, name);
        if (text is null) return null;
        if (!Dates.TryParseFilter(text, out var value, out plainDate))
            throw ApiError.InvalidQuery($"{name} is not a valid date: '{text}'.", name);
        return value;
    }

    /// <summary>The request's query without the named parameters, re-encoded, for building next-page URLs.</summary>
    public static string Without(HttpRequest request, params string[] names)
    {
        var parts = new List<string>();
        foreach (var (key, values) in request.Query)
        {
            if (names.Contains(key)) continue;
            foreach (var value in values) parts.Add(Uri.EscapeDataString(key) + "=" + Uri.EscapeDataString(value ?? ""));
        }
        return string.Join('&', parts);
    }
}
