namespace CeligoPS.Emulator;

/// <summary>What a matching <see cref="FaultRule"/> does to a request. Faults model the network and proxies in front of integrator.io.</summary>
public enum FaultKind
{
    /// <summary>Answer <see cref="FaultRule.StatusCode"/> with the Celigo error envelope; 429 also gets <c>Retry-After</c>.</summary>
    Status,
    /// <summary>Wait <see cref="FaultRule.Delay"/>, then serve the request normally.</summary>
    Latency,
    /// <summary>Abort the connection before any response byte is sent.</summary>
    DropConnection,
    /// <summary>Start a 200 response, send part of the real body, then abort the connection.</summary>
    ResetMidBody,
    /// <summary>Send 200 with <c>application/json</c> and a body cut off mid-document (complete HTTP message, broken JSON).</summary>
    TruncatedBody,
    /// <summary>Send 200 with <c>text/plain</c> garbage.</summary>
    NonJson,
    /// <summary>Send 502 with an HTML error page and <c>text/html</c>, as a load balancer would.</summary>
    HtmlErrorPage,
    /// <summary>
    /// Serve the request normally, and run <see cref="FaultRule.Then"/> as its answer starts: something
    /// (another editor) acts between this request and the client's next one.
    /// </summary>
    ThenAct,
    /// <summary>
    /// Answer <see cref="FaultRule.StatusCode"/> with a body that repeats the bearer token the request
    /// carried, written as <see cref="FaultRule.Echo"/> says: a careless server or proxy.
    /// </summary>
    EchoToken,
}

/// <summary>How an <see cref="FaultKind.EchoToken"/> fault writes the token back.</summary>
public enum TokenEcho
{
    /// <summary><c>{"message":"... token &lt;token&gt; rejected"}</c>, as a 401 might.</summary>
    Json,
    /// <summary>A text/plain body of over 300 characters with the token starting at character 290.</summary>
    LongText,
    /// <summary>The JSON message with the token lower-cased.</summary>
    LowerCase,
    /// <summary>The JSON message with the token base64-encoded.</summary>
    Base64,
}

/// <summary>
/// One fault rule. A request matches when the method matches (null = any) and its path starts with
/// <see cref="PathPrefix"/> (ordinal, case-insensitive). Of the matching requests the first
/// <see cref="SkipFirst"/> pass untouched, the next <see cref="Times"/> get the fault (-1 = all).
/// </summary>
public sealed class FaultRule
{
    public string? Method { get; set; }

    /// <summary>Match only writes (any method but GET and HEAD): "the third write" whatever its method.</summary>
    public bool WritesOnly { get; set; }
    public string PathPrefix { get; set; } = "/v1/";
    public FaultKind Kind { get; set; }
    public int StatusCode { get; set; } = 500;
    public int RetryAfterSeconds { get; set; } = 1;
    public TimeSpan Delay { get; set; }
    public int Times { get; set; } = 1;
    public int SkipFirst { get; set; } = 0;
    public TokenEcho Echo { get; set; }

    /// <summary>What a <see cref="FaultKind.ThenAct"/> rule does once the matching request has been answered.</summary>
    public Action? Then { get; set; }

    // Bookkeeping, guarded by the FaultInjector lock.
    internal int Seen;
    internal int Applied;
}
