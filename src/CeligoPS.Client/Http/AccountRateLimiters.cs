using System;
using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// The request bucket belongs to the account, not to a session: every session of one token in one
    /// process (a Connect-Celigo after another, the runspaces of a runbook) draws from one limiter, so a
    /// new session does not take for full a bucket the others have spent and run into 429s. The key is
    /// the token and the API it goes to, that API spelled one way: host names in any case, and every
    /// loopback spelling (localhost, 127.0.0.1, ::1) with its port, are one host. (The port is kept:
    /// two local emulators are two accounts, even with one token.)
    /// </summary>
    internal static class AccountRateLimiters
    {
        private static readonly ConcurrentDictionary<string, TokenBucketRateLimiter> Limiters =
            new ConcurrentDictionary<string, TokenBucketRateLimiter>(StringComparer.Ordinal);

        public static TokenBucketRateLimiter For(Uri baseUri, SecretToken token, CeligoClientOptions options) =>
            Limiters.GetOrAdd(
                $"{HostOf(baseUri)}|{token.Fingerprint}|{options.RateLimitBucket}|{options.RateLimitPerSecond}",
                _ => ResiliencePipelineFactory.CreateLimiter(options));

        private static string HostOf(Uri baseUri)
        {
            var host = baseUri.IsLoopback || (System.Net.IPAddress.TryParse(baseUri.Host.Trim('[', ']'), out var ip) && System.Net.IPAddress.IsLoopback(ip))
                ? "loopback"
                : baseUri.Host.ToLowerInvariant();
            return $"{baseUri.Scheme}://{host}:{baseUri.Port}";
        }
    }
}
