using System;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// Tells full http(s) URLs from API paths. <c>Uri.TryCreate(text, UriKind.Absolute)</c> alone is not
    /// enough: on Linux and macOS it reads "/v1/jobs?status=failed" as a file URL.
    /// </summary>
    public static class HttpUrl
    {
        public static bool TryParse(string? text, out Uri url)
        {
            if (Uri.TryCreate(text, UriKind.Absolute, out var parsed) &&
                (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps))
            {
                url = parsed;
                return true;
            }
            url = null!;
            return false;
        }
    }
}
