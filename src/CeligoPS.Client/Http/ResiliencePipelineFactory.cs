using System;
using System.Threading.RateLimiting;
using System.Threading.Tasks;
using Polly;
using Polly.Retry;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// The Polly pipeline every request runs through, outermost first: the total timeout, retries with
    /// jittered exponential backoff (or the server's Retry-After), the client-side rate limiter and the
    /// session's cap on requests in flight (so an attempt waits for both before it is timed), and the
    /// per-attempt timeout.
    /// </summary>
    internal static class ResiliencePipelineFactory
    {
        public static readonly ResiliencePropertyKey<RetryMode> RetryModeKey = new ResiliencePropertyKey<RetryMode>("celigo.retryMode");

        /// <summary>A longer attempt timeout for calls that are slow by nature (export invoke, clone: 6 minutes in Celigo's CLI).</summary>
        public static readonly ResiliencePropertyKey<TimeSpan> AttemptTimeoutKey = new ResiliencePropertyKey<TimeSpan>("celigo.attemptTimeout");

        /// <summary>When the call began (Stopwatch timestamp), to know how much of the total time is left.</summary>
        public static readonly ResiliencePropertyKey<long> StartedKey = new ResiliencePropertyKey<long>("celigo.started");

        /// <summary>Set when the server asked for a longer wait than the call may spend: no retry, and the error says so.</summary>
        public static readonly ResiliencePropertyKey<TimeSpan> RefusedWaitKey = new ResiliencePropertyKey<TimeSpan>("celigo.refusedWait");

        public static ResiliencePipeline Create(CeligoClientOptions options, RateLimiter limiter)
        {
            return new ResiliencePipelineBuilder()
                .AddTimeout(new Polly.Timeout.TimeoutStrategyOptions
                {
                    Timeout = options.TotalTimeout,
                    // A slow call's own attempt budget must fit in the total.
                    TimeoutGenerator = args => new ValueTask<TimeSpan>(
                        args.Context.Properties.TryGetValue(AttemptTimeoutKey, out var attempt) && attempt > options.TotalTimeout ? attempt + attempt : options.TotalTimeout),
                })
                .AddRetry(new RetryStrategyOptions
                {
                    MaxRetryAttempts = Math.Max(1, options.MaxRetries),
                    Delay = options.RetryBaseDelay,
                    MaxDelay = options.MaxRetryDelay,
                    BackoffType = DelayBackoffType.Exponential,
                    UseJitter = true,
                    ShouldHandle = args =>
                    {
                        var mode = args.Context.Properties.GetValue(RetryModeKey, RetryMode.Idempotent);
                        // A wait longer than the longest allowed between attempts, or than the time left,
                        // would only end in a timeout: give up now, saying what the server asked.
                        if (args.Outcome.Exception is CeligoApiException { RetryAfter: { } asked } && asked > Left(options, args.Context))
                        {
                            args.Context.Properties.Set(RefusedWaitKey, asked);
                            return new ValueTask<bool>(false);
                        }
                        if (RetryDecision.IsUnreachable(args.Outcome.Exception) && args.AttemptNumber + 1 >= RetryDecision.UnreachableAttempts)
                        {
                            return new ValueTask<bool>(false);
                        }
                        return new ValueTask<bool>(options.MaxRetries > 0 && RetryDecision.ShouldRetry(args.Outcome.Exception, mode));
                    },
                    DelayGenerator = args =>
                    {
                        // Honour the server's Retry-After (ShouldHandle gave up on waits too long); otherwise the backoff.
                        if (args.Outcome.Exception is CeligoApiException { RetryAfter: { } wait })
                        {
                            return new ValueTask<TimeSpan?>(wait);
                        }
                        return new ValueTask<TimeSpan?>((TimeSpan?)null);
                    },
                    OnRetry = args =>
                    {
                        var why = args.Outcome.Exception is CeligoApiException api ? $"status {api.StatusCode}" : args.Outcome.Exception?.GetType().Name;
                        RequestLog.Decision($"Retrying after {why}: waiting {args.RetryDelay.TotalMilliseconds:0} ms before attempt {args.AttemptNumber + 2}.");
                        return default;
                    },
                })
                // However the work nests (piped records, each fanning out over steps, each sending
                // batches), the session never has more than MaxConcurrency requests on the wire.
                .AddConcurrencyLimiter(new ConcurrencyLimiterOptions
                {
                    PermitLimit = options.MaxConcurrency,
                    QueueLimit = int.MaxValue,
                    QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                })
                // The account's bucket is drawn from as a request goes out, not while it still waits for
                // a slot: permits taken early and spent in a burst later would outrun the API's bucket,
                // which stops refilling while it is full.
                .AddRateLimiter(limiter)
                .AddTimeout(new Polly.Timeout.TimeoutStrategyOptions
                {
                    Timeout = options.AttemptTimeout,
                    TimeoutGenerator = args => new ValueTask<TimeSpan>(args.Context.Properties.GetValue(AttemptTimeoutKey, options.AttemptTimeout)),
                })
                .Build();
        }

        /// <summary>The longest a retry may wait now: the longest allowed between attempts, within the call's time left.</summary>
        private static TimeSpan Left(CeligoClientOptions options, ResilienceContext context)
        {
            var started = context.Properties.GetValue(StartedKey, 0L);
            var spent = started == 0 ? TimeSpan.Zero : TimeSpan.FromSeconds((System.Diagnostics.Stopwatch.GetTimestamp() - started) / (double)System.Diagnostics.Stopwatch.Frequency);
            var left = options.TotalTimeout - spent;
            return left < options.MaxRetryDelay ? left : options.MaxRetryDelay;
        }

        /// <summary>
        /// The account's token bucket, refilled in tenths of a second so bursts stay smooth. It holds one
        /// tick less than the account's: the API refills continuously, this bucket in steps, and a step
        /// that lands early in the API's refill would otherwise run up to one tick ahead of it (429s).
        /// </summary>
        public static TokenBucketRateLimiter CreateLimiter(CeligoClientOptions options)
        {
            var perTick = Math.Max(1, options.RateLimitPerSecond / 10);
            return new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = Math.Max(1, options.RateLimitBucket - perTick),
                TokensPerPeriod = perTick,
                ReplenishmentPeriod = TimeSpan.FromMilliseconds(100),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
        }
    }
}
