namespace CeligoPS.Emulator;

/// <summary>
/// Settings for one emulator instance. Defaults model a small, healthy account with the real
/// rate limit (celigo-api.md §3) and jobs that finish within about a second so tests stay fast.
/// </summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free port (read it back from <see cref="EmulatorServer.BaseUri"/>).</summary>
    public int Port { get; set; } = 0;

    /// <summary>The only bearer token the emulator accepts.</summary>
    public string Token { get; set; } = "demo-token";

    /// <summary>Scales the seeded account: 1 = small realistic account, N = roughly N times as much of everything.</summary>
    public int Seed { get; set; } = 1;

    /// <summary>
    /// An account that holds only connections: the seeded connections' names and types, with other ids
    /// and other secret values, and no integrations, flows, exports, imports or anything else. The
    /// target of a publish from a seeded account.
    /// </summary>
    public bool Empty { get; set; }

    /// <summary>When false the token bucket is not consulted (benchmarks of raw throughput).</summary>
    public bool EnforceRateLimit { get; set; } = true;

    /// <summary>Token bucket capacity; integrator.io uses 1000 (celigo-api.md §3).</summary>
    public int RateBucketSize { get; set; } = 1000;

    /// <summary>Tokens added per second; integrator.io refills 300/s (celigo-api.md §3).</summary>
    public int RateRefillPerSecond { get; set; } = 300;

    /// <summary>How long a job created through the API stays <c>queued</c> before it is <c>running</c>.</summary>
    public TimeSpan JobQueuedFor { get; set; } = TimeSpan.FromMilliseconds(300);

    /// <summary>How long a job stays <c>running</c> before it becomes <c>completed</c> or <c>failed</c>.</summary>
    public TimeSpan JobRunsFor { get; set; } = TimeSpan.FromMilliseconds(700);

    /// <summary>Delay added to every request before anything else happens (models WAN latency for benchmarks).</summary>
    public TimeSpan AddedLatency { get; set; } = TimeSpan.Zero;

    /// <summary>
    /// Whether the error lists' <c>nextPageURL</c> keeps the caller's filters. Sources disagree
    /// (celigo-api.md §9): Celigo's UI strips a leading <c>/api</c> from the link and appends every
    /// filter again, so the server's link may carry neither; by default the emulator plays that
    /// stricter variant (an <c>/api</c> prefix, no filters), true gives links that keep them.
    /// </summary>
    public bool ErrorLinksKeepFilters { get; set; }

    /// <summary>
    /// Audit entries carry their changes as <c>fieldChanges</c>, an array (the docs' audit sample and
    /// Celigo's UI, celigo-api.md §9), by default; true writes the single <c>fieldChange</c> object the
    /// older table metadata and Celigo's CLI read.
    /// </summary>
    public bool AuditSingleFieldChange { get; set; }

    /// <summary>
    /// How the writes whose answer Celigo does not document (resolve, assign, tags, retry, lookup-cache
    /// data deletes; celigo-api.md §9) answer: 200 <c>text/plain</c> "OK" by default, as the API answers
    /// other writes (§4.11); false answers 204 with no body.
    /// </summary>
    public bool WriteAnswersAreText { get; set; } = true;

    /// <summary>
    /// Which body <c>PUT …/tags</c> takes: Celigo's API reference documents <c>{errorIds, tagIds}</c>
    /// (the default), its CLI sends <c>{errors: [{id, rdk}], tagIds}</c> (celigo-api.md §7, §9); the other
    /// shape is refused with 422, naming the field it lacks.
    /// </summary>
    public bool ErrorTagsByRetryDataKey { get; set; }

    /// <summary>
    /// Whether lookup-cache <c>getData</c> pages carry a <c>nextPageURL</c>. The docs describe only a
    /// <c>startAfterKey</c> query parameter to resume (celigo-api.md §9), which is the default here:
    /// pages of 1000 with no link.
    /// </summary>
    public bool LookupCacheNextPageLinks { get; set; }

    /// <summary>
    /// Whether a run of a flow whose page generators do not run in parallel starts one flow job for
    /// all of them. Celigo's UI expects a flow job per generator, one after the other, and asks for the
    /// latest jobs again after each (celigo-api.md §6, §9 #10): the default here; true starts one job.
    /// </summary>
    public bool RunsStartOneFlowJob { get; set; }

    /// <summary>
    /// How script logs come back: Celigo's UI reads <c>{"logs": [...], "nextPageURL"?}</c> (the default),
    /// its CLI a bare array paged with <c>limit</c>/<c>offset</c> (celigo-api.md §4.12); true answers the array.
    /// </summary>
    public bool ScriptLogsAsArray { get; set; }

    /// <summary>Page size of the body-paginated (<c>nextPageURL</c>) flow-step error lists.</summary>
    public int ErrorPageSize { get; set; } = 100;
}
