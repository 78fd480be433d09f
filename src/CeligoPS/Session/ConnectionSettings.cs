using System;
using System.Net;
using CeligoPS.Client;
using CeligoPS.Client.Http;

namespace CeligoPS.Session
{
    /// <summary>
    /// Decides where to connect and with which token, from (in this order) the -Token parameter, a named
    /// -Environment in the config file, CELIGO_API_TOKEN (with CELIGO_BASE_URL / CELIGO_REGION), and the
    /// config file's default environment. Pure logic, so every rule is testable without a network.
    /// </summary>
    internal sealed class ConnectionSettings
    {
        private ConnectionSettings(SecretToken token, Uri baseUri, string? environment, string source)
        {
            Token = token;
            BaseUri = baseUri;
            Environment = environment;
            Source = source;
        }

        public SecretToken Token { get; }
        public Uri BaseUri { get; }
        public string? Environment { get; }

        /// <summary>Where the token came from, for Verbose output (never the token itself).</summary>
        public string Source { get; }

        public sealed class Request
        {
            public string? Token { get; set; }
            public string? Region { get; set; }
            public Uri? BaseUri { get; set; }
            public string? Environment { get; set; }
            public string? ConfigPath { get; set; }
        }

        public static ConnectionSettings Resolve(Request request, Func<string, string?> env)
        {
            if (!string.IsNullOrEmpty(request.Token))
            {
                return Build(request.Token!, request.BaseUri, request.Region, null, env, "the -Token parameter");
            }
            if (!string.IsNullOrEmpty(request.Environment))
            {
                return FromConfig(request, request.Environment!, env);
            }
            var envToken = env("CELIGO_API_TOKEN");
            if (!string.IsNullOrEmpty(envToken))
            {
                return Build(envToken!, request.BaseUri, request.Region, null, env, "CELIGO_API_TOKEN");
            }
            var path = request.ConfigPath ?? CeligoConfigFile.DefaultPath(env);
            if (request.ConfigPath != null || System.IO.File.Exists(path))
            {
                var config = CeligoConfigFile.Load(path);
                if (!string.IsNullOrEmpty(config.DefaultEnvironment))
                {
                    return FromConfig(request, config.DefaultEnvironment!, env, config);
                }
            }
            throw new ArgumentException(
                "No API token was given. Pass -Token (a SecureString or string), set CELIGO_API_TOKEN, or name an -Environment " +
                $"from a config file (default location: {path}).");
        }

        private static ConnectionSettings FromConfig(Request request, string name, Func<string, string?> env, CeligoConfigFile? loaded = null)
        {
            var config = loaded ?? CeligoConfigFile.Load(request.ConfigPath ?? CeligoConfigFile.DefaultPath(env));
            var (apiKey, apiUrl) = config.Environment(name);
            Uri? url = request.BaseUri;
            if (url == null && !string.IsNullOrEmpty(apiUrl))
            {
                if (!HttpUrl.TryParse(apiUrl, out url))
                {
                    throw new ArgumentException($"The api_url '{apiUrl}' of environment '{name}' in '{config.Path}' is not a URL.");
                }
            }
            return Build(apiKey, url, request.Region, name, _ => null, $"environment '{name}' of {config.Path}");
        }

        private static ConnectionSettings Build(string token, Uri? baseUri, string? region, string? environment, Func<string, string?> env, string source)
        {
            if (CeligoConfigFile.IsPlaceholder(token))
            {
                throw new ArgumentException($"The token from {source} is a placeholder, not a token. Use the token shown in integrator.io (Resources > API tokens).");
            }
            var uri = baseUri ?? BaseFromRegion(region, env);
            return new ConnectionSettings(new SecretToken(token), CheckTransport(CeligoClient.NormalizeBaseUri(uri)), environment, source);
        }

        private static Uri BaseFromRegion(string? region, Func<string, string?> env)
        {
            if (string.IsNullOrEmpty(region))
            {
                var envUrl = env("CELIGO_BASE_URL");
                if (!string.IsNullOrEmpty(envUrl))
                {
                    return HttpUrl.TryParse(envUrl, out var u)
                        ? u
                        : throw new ArgumentException($"CELIGO_BASE_URL '{envUrl}' is not a URL.");
                }
                region = env("CELIGO_REGION");
            }
            if (string.IsNullOrEmpty(region))
            {
                return CeligoRegions.BaseUri(CeligoRegion.US);
            }
            if (!Enum.TryParse<CeligoRegion>(region, true, out var parsed) || !Enum.IsDefined(typeof(CeligoRegion), parsed))
            {
                throw new ArgumentException($"'{region}' is not a Celigo region. Use US or EU, or pass -BaseUri.");
            }
            return CeligoRegions.BaseUri(parsed);
        }

        /// <summary>
        /// The token travels in a header: plain http is allowed only to this machine (the emulator). An
        /// address with a user name or password in it is refused, without repeating it: integrator.io
        /// takes the token alone, and the password would show wherever the address does.
        /// </summary>
        private static Uri CheckTransport(Uri uri)
        {
            if (!string.IsNullOrEmpty(uri.UserInfo))
            {
                throw new ArgumentException(
                    $"The base URI for '{uri.Host}' holds a user name or password ('…@' before the host). integrator.io authenticates with the API token alone: remove them from the address.");
            }
            if (uri.Scheme == Uri.UriSchemeHttp && !IsLoopback(uri))
            {
                throw new ArgumentException($"Refusing to send the API token over plain http to '{uri.Host}'. Use https, or http only for a loopback address such as 127.0.0.1.");
            }
            return uri;
        }

        private static bool IsLoopback(Uri uri) =>
            uri.IsLoopback || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }
}
