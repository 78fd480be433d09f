using System.Text.Json;
using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.Http;

/// <summary>
/// Request bodies. integrator.io is JSON in and out: a body whose Content-Type is not JSON gets
/// 415 (celigo-api.md §1), malformed JSON gets 400. Read bodies before taking the state lock.
/// </summary>
internal static class JsonBody
{
    private const int MaxBytes = 16 * 1024 * 1024;

    /// <summary>The parsed body, or null when there is none and <paramref name="required"/> is false.</summary>
    public static async Task<JsonNode?> ReadAsync(HttpContext http, bool required)
    {
        var request = http.Request;
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, http.RequestAborted);
        if (buffer.Length > MaxBytes) throw new ApiError(413, "payload_too_large", "Request body is too large.");
        var isJson = IsJson(request.ContentType);
        if (buffer.Length == 0 || IsBlank(buffer))
        {
            if (!required) return null;
            if (!isJson) throw UnsupportedMediaType(request.ContentType);
            throw new ApiError(400, "invalid_json", "A JSON request body is required.");
        }
        if (!isJson) throw UnsupportedMediaType(request.ContentType);
        try
        {
            return JsonNode.Parse(buffer.ToArray());
        }
        catch (JsonException e)
        {
            throw new ApiError(400, "invalid_json", $"Malformed JSON in request body: {e.Message}");
        }
    }

    /// <summary>A required object body.</summary>
    public static async Task<JsonObject> ReadObjectAsync(HttpContext http) =>
        await ReadAsync(http, required: true) as JsonObject
        ?? throw ApiError.InvalidField("The request body must be a JSON object.");

    /// <summary>
    /// A string-array member (e.g. <c>errors</c>, <c>retryDataKeys</c>). More than <paramref name="max"/>
    /// entries → 422: the UI and CLI both cap these batches at 1000 (celigo-api.md §2).
    /// </summary>
    public static List<string>? StringArray(JsonObject? body, string member, int max)
    {
        if (body?[member] is not { } node) return null;
        if (node is not JsonArray array) throw ApiError.InvalidField($"{member} must be an array of strings.", member);
        if (array.Count > max) throw ApiError.InvalidField($"{member} cannot contain more than {max} entries (got {array.Count}).", member);
        var list = new List<string>(array.Count);
        foreach (var item in array)
        {
            if (item is JsonValue v && v.TryGetValue(out string? s)) list.Add(s);
            else if (item is JsonValue n && n.TryGetValue(out long l)) list.Add(l.ToString()); // numeric errorIds (SAMPLE)
            else throw ApiError.InvalidField($"{member} must be an array of strings.", member);
        }
        return list;
    }

    private static bool IsJson(string? contentType) =>
        contentType is not null &&
        (contentType.StartsWith("application/json", StringComparison.OrdinalIgnoreCase) ||
         contentType.Split(';')[0].Trim().EndsWith("+json", StringComparison.OrdinalIgnoreCase));

    private static bool IsBlank(MemoryStream buffer) => buffer.ToArray().All(b => b is (byte)' ' or (byte)'\r' or (byte)'\n' or (byte)'\t');

    private static ApiError UnsupportedMediaType(string? contentType) =>
        new(415, "unsupported_media_type", $"Content-Type must be application/json (got '{contentType ?? "none"}').");
}
