namespace CeligoPS.Emulator.State;

/// <summary>
/// Deterministic 24-hex ids shaped like MongoDB ObjectIds: a 4-byte "timestamp" that grows with
/// every id (so ordinal order = creation order, which the Link-header cursor relies on) followed by
/// 8 bytes from a seeded <see cref="Random"/>. Same seed and same sequence of calls = same ids.
/// Callers hold the state lock.
/// </summary>
internal sealed class IdGenerator
{
    // 0x64000000 is 2023-03-06 as a Unix time; keeps generated ids above the hand-picked SeedIds (prefix 5).
    private const uint Base = 0x64000000;
    private readonly Random _random;
    private uint _counter;
    private long _errorCounter = 24_882_314_808; // 11-digit error ids like the SAMPLE record's

    public IdGenerator(int seed) => _random = new Random(seed * 7919 + 17);

    public string Next() => $"{Base + _counter++:x8}{(ulong)_random.NextInt64():x16}";

    /// <summary>errorId: a fixed-width numeric string (DOCS shows a string, SAMPLE a number; string chosen).</summary>
    public string NextErrorId() => (_errorCounter += 1 + _random.Next(0, 7)).ToString();

    /// <summary>32 hex characters, used for retryDataKey, reqAndResKey suffixes and file ids.</summary>
    public string NextKey() => $"{(ulong)_random.NextInt64():x16}{(ulong)_random.NextInt64():x16}";

    /// <summary>The seeded random source, for anything else that must be repeatable.</summary>
    public Random Random => _random;
}
