using System.Text.Json;

namespace CeligoPS.Emulator.Http;

/// <summary>
/// The Celigo error body: <c>{"errors":[{"code","message","field"?}]}</c> (celigo-api.md §3).
/// Every non-401 error the emulator sends goes through here so the shape cannot drift.
/// </summary>
internal static class ErrorEnvelope
{
    public static ApiResponse Response(int status, string code, string message, string? field = null) =>
        ApiResponse.Json(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("errors");
            w.WriteStartObject();
            w.WriteString("code", code);
            w.WriteString("message", message);
            if (field is not null) w.WriteString("field", field);
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteEndObject();
        }, status);

    public static ApiResponse Response(ApiError error) => Response(error.Status, error.Code, error.Message, error.Field);

    /// <summary>
    /// 401 is the documented exception: produced before routing, <c>{"message": "..."}</c>, no
    /// <c>errors</c> array (celigo-api.md §3, DEV state page).
    /// </summary>
    public static ApiResponse Unauthorized(string message) => Message(401, message);

    /// <summary>A bare <c>{"message": "..."}</c> body with any status.</summary>
    public static ApiResponse Message(int status, string message) => ApiResponse.Json(w =>
    {
        w.WriteStartObject();
        w.WriteString("message", message);
        w.WriteEndObject();
    }, status);
}
