namespace CeligoPS.Emulator.Http;

/// <summary>
/// The account's token bucket (celigo-api.md §3: 1000 requests, refilled 300/s). One bucket per
/// emulator because an emulator is one account. Refill is computed from elapsed time on each take,
/// so there is no timer and the bucket is exact under concurrency (one small lock).
/// </summary>
internal sealed class RateBucket
{
    private readonly object _gate = new();
    private readonly double _capacity;
    private readonly double _refillPerSecond;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _lastRefill;

    public RateBucket(int capacity, int refillPerSecond, TimeProvider time)
    {
        _capacity = Math.Max(1, capacity);
        _refillPerSecond = Math.Max(1, refillPerSecond);
        _time = time;
        _tokens = _capacity;
        _lastRefill = time.GetTimestamp();
    }

    /// <summary>Fills the bucket, as a new account has it.</summary>
    public void Fill()
    {
        lock (_gate)
        {
            _tokens = _capacity;
            _lastRefill = _time.GetTimestamp();
        }
    }

    /// <summary>Takes one token; when empty returns false and the whole seconds to wait (at least 1).</summary>
    public bool TryTake(out int retryAfterSeconds)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var elapsed = _time.GetElapsedTime(_lastRefill, now).TotalSeconds;
            _lastRefill = now;
            _tokens = Math.Min(_capacity, _tokens + elapsed * _refillPerSecond);
            if (_tokens >= 1)
            {
                _tokens -= 1;
                retryAfterSeconds = 0;
                return true;
            }
            // Retry-After carries whole seconds only, so round up and never say 0.
            retryAfterSeconds = Math.Max(1, (int)Math.Ceiling((1 - _tokens) / _refillPerSecond));
            return false;
        }
    }
}
