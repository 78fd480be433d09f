using System;

namespace CeligoPS.Client
{
    /// <summary>How a client talks to the API: timeouts, retries and the client-side rate limit.</summary>
    public sealed class CeligoClientOptions
    {
        /// <summary>One HTTP attempt (the official CLI uses 30 s).</summary>
        public TimeSpan AttemptTimeout { get; set; } = TimeSpan.FromSeconds(30);

        /// <summary>One request including all its retries and waits.</summary>
        public TimeSpan TotalTimeout { get; set; } = TimeSpan.FromMinutes(3);

        public int MaxRetries { get; set; } = 5;

        /// <summary>First backoff delay; later ones grow exponentially with jitter.</summary>
        public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

        /// <summary>The longest single wait, including a server's Retry-After.</summary>
        public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromSeconds(60);

        /// <summary>The account's bucket (celigo-api.md §3): 1000 requests, refilled at 300 per second.</summary>
        public int RateLimitBucket { get; set; } = 1000;

        public int RateLimitPerSecond { get; set; } = 300;

        /// <summary>The most requests the session has in flight at once, however its work fans out (steps, piped records, bulk batches).</summary>
        public int MaxConcurrency { get; set; } = 8;

        public string UserAgent { get; set; } = "CeligoPS";

        /// <summary>
        /// Refuse every call that can change the account (Celigo has no read-only token, so auditors
        /// holding a full-access token get the guarantee here).
        /// </summary>
        public bool ReadOnly { get; set; }

        internal CeligoClientOptions Validate()
        {
            if (AttemptTimeout <= TimeSpan.Zero || TotalTimeout <= TimeSpan.Zero)
            {
                throw new ArgumentException("Timeouts must be positive.");
            }
            if (MaxRetries < 0 || RateLimitBucket < 1 || RateLimitPerSecond < 1 || MaxConcurrency < 1)
            {
                throw new ArgumentException("Retry count, rate limit and concurrency must be positive.");
            }
            return this;
        }
    }
}
