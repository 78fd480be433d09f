using System;
using System.Collections.Concurrent;
using System.Threading.RateLimiting;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// The request bucket belongs to the account, not to a session: every session of one token in one
    /// process (a Connect-Celigo after another, the runspaces of a runbook) draws from one limiter, so a
    /// new session does not take for full a bucket the others have spent and run into 429s. The token
    /// alone decides, not the address: a token belongs to one account, and two spellings of one host
    /// (localhost and 127.0.0.1, a name and its IP, a proxy in front) are still that account.
    /// </summary>
    internal static class AccountRateLimiters
    {
        private static readonly ConcurrentDictionary<string, TokenBucketRateLimiter> Limiters =
            new ConcurrentDictionary<string, TokenBucketRateLimiter>(StringComparer.Ordinal);

        public static TokenBucketRateLimiter For(SecretToken token, CeligoClientOptions options) =>
            Limiters.GetOrAdd(
                $"{token.Fingerprint}|{options.RateLimitBucket}|{options.RateLimitPerSecond}",
                _ => ResiliencePipelineFactory.CreateLimiter(options));
    }
}
