using System;
using System.Collections.Generic;
using System.Text;
using System.Text.Json;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// Turns a failed answer into <see cref="CeligoApiError"/> entries, whatever shape it has: the
    /// <c>errors[]</c> envelope, the 401 <c>{message}</c> body, a <c>{message, code}</c> object, or text.
    /// Whatever the server wrote is scrubbed of the token here, before anything is cut short: a server
    /// may echo the token it was sent, and a cut through it would otherwise show its first characters.
    /// </summary>
    internal static class ErrorBodyParser
    {
        private const int MaxTextLength = 300;
        private const int MaxScrubbedLength = 4096;

        public static IReadOnlyList<CeligoApiError> Parse(ApiResponse response, SecretToken token)
        {
            CeligoApiError Error(string? code, string? message, string? field) =>
                new CeligoApiError(Scrub(token, code), Scrub(token, message), Scrub(token, field));
            var list = new List<CeligoApiError>();
            if (response.Body.Length > 0 && LooksLikeJson(response))
            {
                try
                {
                    using var doc = JsonDocument.Parse(response.Body);
                    var root = doc.RootElement;
                    if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("errors", out var errors) &&
                        errors.ValueKind == JsonValueKind.Array)
                    {
                        foreach (var e in errors.EnumerateArray())
                        {
                            list.Add(Error(Str(e, "code"), Str(e, "message"), Str(e, "field")));
                        }
                    }
                    else if (root.ValueKind == JsonValueKind.Object)
                    {
                        list.Add(Error(Str(root, "code"), Str(root, "message"), Str(root, "field")));
                    }
                }
                catch (JsonException)
                {
                    // Falls through to the text form below.
                }
            }
            if (list.Count == 0)
            {
                list.Add(new CeligoApiError(null, DescribeNonJson(response, token), null));
            }
            return list;
        }

        private static bool LooksLikeJson(ApiResponse r) =>
            r.MediaType == null || r.MediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0;

        private static string? Scrub(SecretToken token, string? text) => text == null ? null : token.Scrub(text);

        private static string DescribeNonJson(ApiResponse r, SecretToken token)
        {
            if (r.Body.Length == 0)
            {
                return "the response had no body";
            }
            if (r.MediaType != null && r.MediaType.IndexOf("html", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                return "the response was an HTML page (a proxy or gateway answered, not integrator.io)";
            }
            // Scrubbed whole (up to a bound well past any token's reach), then cut.
            var text = token.Scrub(Encoding.UTF8.GetString(r.Body, 0, Math.Min(r.Body.Length, MaxScrubbedLength))).Trim();
            if (text.Length > MaxTextLength)
            {
                text = text.Substring(0, MaxTextLength) + "…";
            }
            return text.Length == 0 ? "the response body was blank" : text;
        }

        private static string? Str(JsonElement e, string name)
        {
            if (e.ValueKind != JsonValueKind.Object || !e.TryGetProperty(name, out var v))
            {
                return null;
            }
            return v.ValueKind == JsonValueKind.String ? v.GetString() : v.ValueKind == JsonValueKind.Null ? null : v.ToString();
        }
    }
}
