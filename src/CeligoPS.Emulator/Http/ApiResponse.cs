using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Encodings.Web;
using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.Http;

/// <summary>
/// The one result type route handlers return. The body is rendered to bytes when the response is
/// built, which handlers do while holding the state lock: stored <see cref="JsonObject"/>s are
/// written straight from the store without cloning, and nothing mutable escapes the lock.
/// </summary>
internal sealed class ApiResponse : IResult
{
    internal const string JsonContentType = "application/json; charset=utf-8";
    // Relaxed escaping: an API (not HTML) response, so "<5 MB" and "&" in URLs go out as written.
    private static readonly JsonWriterOptions WriterOptions = new() { Indented = false, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly List<KeyValuePair<string, string>> _headers = [];

    private ApiResponse(int status, byte[]? body, string? contentType)
    {
        Status = status;
        Body = body;
        ContentType = contentType;
    }

    public int Status { get; }
    public byte[]? Body { get; }
    public string? ContentType { get; }

    /// <summary>Renders JSON with a writer callback (use for arrays of stored documents).</summary>
    public static ApiResponse Json(Action<Utf8JsonWriter> write, int status = 200)
    {
        var buffer = new ArrayBufferWriter<byte>(4096);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(writer);
        }
        return new ApiResponse(status, buffer.WrittenSpan.ToArray(), JsonContentType);
    }

    public static ApiResponse Json(JsonNode? node, int status = 200) =>
        Json(w => { if (node is null) w.WriteNullValue(); else node.WriteTo(w); }, status);

    /// <summary>Writes a bare JSON array of stored documents.</summary>
    public static ApiResponse Array(IEnumerable<JsonObject> docs) => Json(w =>
    {
        w.WriteStartArray();
        foreach (var doc in docs) doc.WriteTo(w);
        w.WriteEndArray();
    });

    /// <summary>204 No Content: empty lists and bodiless acknowledgements (celigo-api.md §1, §4.7).</summary>
    public static ApiResponse NoContent() => new(204, null, null);

    /// <summary>A status with no body, for the few non-204 bodiless answers (e.g. DOCS' 200 on lookup-cache delete).</summary>
    public static ApiResponse Empty(int status) => new(status, null, null);

    public static ApiResponse Text(string text, string contentType = "text/plain; charset=utf-8", int status = 200) =>
        new(status, Encoding.UTF8.GetBytes(text), contentType);

    public static ApiResponse Bytes(byte[] body, string contentType, int status = 200) => new(status, body, contentType);

    public ApiResponse WithHeader(string name, string value)
    {
        _headers.Add(new(name, value));
        return this;
    }

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var response = httpContext.Response;
        response.StatusCode = Status;
        foreach (var (name, value) in _headers) response.Headers.Append(name, value);
        if (Body is null) return;
        response.ContentType = ContentType;
        response.ContentLength = Body.Length;
        await response.Body.WriteAsync(Body, httpContext.RequestAborted);
    }
}
