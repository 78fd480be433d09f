using System.Collections.Concurrent;

namespace CeligoPS.Emulator;

/// <summary>
/// What the emulator saw, for assertions. Thread-safe. Per-path totals are exact for the whole
/// lifetime (one counter per distinct method + path, query excluded); <see cref="Requests"/> keeps
/// only the most recent <see cref="MaxRecorded"/> requests so long benchmarks stay cheap.
/// </summary>
public sealed class RequestCounters
{
    public const int MaxRecorded = 10_000;

    private readonly ConcurrentDictionary<(string Method, string Path), long> _byPath = new();
    private readonly ConcurrentDictionary<string, int> _jobsCreated = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _created = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> _importedRecords = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string FlowId, string StepId, string Key), int> _retried = new();
    private readonly Queue<RecordedRequest> _recent = new();
    private readonly object _recentGate = new();
    private long _total;
    private int _tooManyRequests;

    /// <summary>All requests answered (or aborted) since start or the last <see cref="Reset"/>.</summary>
    public long Total => Interlocked.Read(ref _total);

    /// <summary>429 responses sent, whether from the rate bucket or an injected fault.</summary>
    public int TooManyRequests => Volatile.Read(ref _tooManyRequests);

    /// <summary>
    /// Requests with this method (case-insensitive; null or "*" = any) whose path (no query) matches.
    /// Without braces the argument is a prefix: <c>Count("GET", "/v1/jobs")</c> counts <c>/v1/jobs</c>,
    /// <c>/v1/jobs/{id}</c> and <c>/v1/jobs/{id}/family</c>. With braces it is a template whose
    /// <c>{name}</c> segments match any one segment and which must match the whole path:
    /// <c>Count("POST", "/v1/flows/{id}/run")</c>.
    /// </summary>
    public long Count(string? method, string pathPrefixOrTemplate)
    {
        ArgumentNullException.ThrowIfNull(pathPrefixOrTemplate);
        var template = pathPrefixOrTemplate.Contains('{') ? pathPrefixOrTemplate.Split('/') : null;
        long sum = 0;
        foreach (var ((m, path), count) in _byPath)
        {
            if (method is not null && method != "*" && !string.Equals(m, method, StringComparison.OrdinalIgnoreCase)) continue;
            var hit = template is null
                ? path.StartsWith(pathPrefixOrTemplate, StringComparison.OrdinalIgnoreCase)
                : MatchesTemplate(template, path);
            if (hit) sum += count;
        }
        return sum;
    }

    /// <summary>The most recent requests, oldest first (a snapshot).</summary>
    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_recentGate) return _recent.ToArray(); }
    }

    /// <summary>Jobs created through the API by type (<c>flow</c> for runs, <c>retry</c> for error retries).</summary>
    public int JobsCreated(string type) => _jobsCreated.TryGetValue(type, out var n) ? n : 0;

    /// <summary>
    /// Documents created through the API in a collection (API path segment: <c>flows</c>, <c>exports</c>,
    /// <c>tags</c>, ...), by <c>POST /v1/{collection}</c> and by clones (each cloned document counts).
    /// </summary>
    public int Created(string collection) => _created.TryGetValue(collection, out var n) ? n : 0;

    /// <summary>How many records were sent through an import on its own (<c>POST /v1/imports/{id}/invoke</c>).</summary>
    public int ImportedRecords(string importId) => _importedRecords.TryGetValue(importId, out var n) ? n : 0;

    /// <summary>How many times this retryDataKey was sent to <c>POST /v1/flows/{flowId}/{stepId}/retry</c>.</summary>
    public int RetriedCount(string flowId, string stepId, string retryDataKey) =>
        _retried.TryGetValue((flowId, stepId, retryDataKey), out var n) ? n : 0;

    public void Reset()
    {
        _byPath.Clear();
        _jobsCreated.Clear();
        _created.Clear();
        _importedRecords.Clear();
        _retried.Clear();
        lock (_recentGate) _recent.Clear();
        Interlocked.Exchange(ref _total, 0);
        Interlocked.Exchange(ref _tooManyRequests, 0);
    }

    internal void Record(string method, string path, string query, int status, DateTimeOffset at)
    {
        Interlocked.Increment(ref _total);
        if (status == 429) Interlocked.Increment(ref _tooManyRequests);
        _byPath.AddOrUpdate((method, path), 1, static (_, n) => n + 1);
        lock (_recentGate)
        {
            if (_recent.Count >= MaxRecorded) _recent.Dequeue();
            _recent.Enqueue(new RecordedRequest(method, path + query, status, at));
        }
    }

    internal void JobCreated(string type) => _jobsCreated.AddOrUpdate(type, 1, static (_, n) => n + 1);

    internal void ImportInvoked(string importId, int records) => _importedRecords.AddOrUpdate(importId, records, (_, n) => n + records);

    internal void DocumentCreated(string collection) => _created.AddOrUpdate(collection, 1, static (_, n) => n + 1);

    internal void Retried(string flowId, string stepId, string retryDataKey) =>
        _retried.AddOrUpdate((flowId, stepId, retryDataKey), 1, static (_, n) => n + 1);

    private static bool MatchesTemplate(string[] template, string path)
    {
        var segments = path.Split('/');
        if (segments.Length != template.Length) return false;
        for (var i = 0; i < template.Length; i++)
        {
            var t = template[i];
            if (t.StartsWith('{') && t.EndsWith('}')) { if (segments[i].Length == 0) return false; continue; }
            if (!string.Equals(t, segments[i], StringComparison.OrdinalIgnoreCase)) return false;
        }
        return true;
    }
}
