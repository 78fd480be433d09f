using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// The <c>GET /v1/jobs</c> filters (celigo-api.md §4.6) and their validation. Unknown parameters
/// are ignored (<c>page</c>/<c>offset</c> included, as DEV says).
/// </summary>
internal sealed class JobQuery
{
    private static readonly string[] Types = ["flow", "export", "import", "retry", "bulk_retry"];
    private static readonly string[] ParentTypes = ["flow", "retry", "bulk_retry"];
    private static readonly string[] ChildTypes = ["export", "import"];

    private readonly List<(string Field, string Op, int Value)> _counters = [];
    private List<string> _types = [], _statuses = [], _flowIds = [];
    private string? _integrationId, _exportId, _importId, _flowJobId, _parentJobId, _bulkJobId, _jobId;
    private DateTime? _startedGte, _startedLte;
    private bool? _retriable;
    private bool _hideEmpty;

    public DateTime? CreatedGte { get; private set; }
    public DateTime? CreatedLte { get; private set; }

    public static JobQuery Parse(HttpRequest r)
    {
        var q = new JobQuery
        {
            _types = QueryReader.Many(r, "type").Concat(QueryReader.Many(r, "type_in")).Distinct().ToList(),
            // CLI says one status value; the 2023 UI sent it repeated. Both accepted (§7).
            _statuses = QueryReader.Many(r, "status").Concat(QueryReader.Many(r, "status_in")).Distinct().ToList(),
            _flowIds = QueryReader.Many(r, "_flowId").Concat(QueryReader.Many(r, "_flowId_in")).Distinct().ToList(),
            _integrationId = QueryReader.One(r, "_integrationId"),
            _exportId = QueryReader.One(r, "_exportId"),
            _importId = QueryReader.One(r, "_importId"),
            _flowJobId = QueryReader.One(r, "_flowJobId"),
            // A documented scope of its own: the job with this id (celigo-api.md §9).
            _jobId = QueryReader.One(r, "_jobId"),
            _parentJobId = QueryReader.One(r, "_parentJobId"),
            _bulkJobId = QueryReader.One(r, "_bulkJobId"),
            _hideEmpty = string.Equals(QueryReader.One(r, "hideEmpty"), "true", StringComparison.OrdinalIgnoreCase),
        };
        foreach (var type in q._types)
            if (!Types.Contains(type)) throw ApiError.InvalidQuery($"Invalid job type '{type}'. Valid types: {string.Join(", ", Types)}.", "type");
        foreach (var status in q._statuses)
            if (!JobStatus.All.Contains(status)) throw ApiError.InvalidQuery($"Invalid job status '{status}'. Valid statuses: {string.Join(", ", JobStatus.All)}.", "status");
        if (QueryReader.One(r, "retriable") is { } retriable)
            q._retriable = bool.TryParse(retriable, out var b) ? b : throw ApiError.InvalidQuery("retriable must be true or false.", "retriable");

        var plainDates = false;
        q.CreatedGte = QueryReader.Date(r, "createdAt_gte", out var p1);
        q.CreatedLte = QueryReader.Date(r, "createdAt_lte", out var p2);
        q._startedGte = QueryReader.Date(r, "startedAt_gte", out var p3);
        q._startedLte = QueryReader.Date(r, "startedAt_lte", out var p4);
        plainDates = p1 || p2 || p3 || p4;
        // A plain date as an upper bound means the whole day.
        if (p2) q.CreatedLte = q.CreatedLte!.Value.AddDays(1).AddMilliseconds(-1);
        if (p4) q._startedLte = q._startedLte!.Value.AddDays(1).AddMilliseconds(-1);

        foreach (var field in new[] { "numError", "numSuccess", "numExport", "numIgnore" })
            foreach (var op in new[] { "gte", "lte" })
                if (QueryReader.Int(r, $"{field}_{op}", 0, int.MaxValue) is { } value) q._counters.Add((field, op, value));

        // DEV: numError_* together with _integrationId rejects plain dates.
        if (plainDates && q._integrationId is not null && q._counters.Any(c => c.Field == "numError"))
            throw ApiError.InvalidQuery("Plain dates are not accepted with numError filters and _integrationId; use ISO 8601 date-times.", "createdAt_gte");

        q.Validate();
        return q;
    }

    /// <summary>
    /// DEV's scope rule: parent types (no type, flow, retry, bulk_retry) need one of _integrationId,
    /// _flowId, _exportId, _importId, _flowJobId, createdAt_gte, createdAt_lte; export/import need
    /// _flowJobId or a resource id. DEV lets _exportId/_importId find child jobs; the CLI says they
    /// cannot — the official DEV rule is followed.
    /// </summary>
    private void Validate()
    {
        var parentScoped = _integrationId is not null || _flowIds.Count > 0 || _exportId is not null || _importId is not null ||
                           _flowJobId is not null || _jobId is not null || CreatedGte is not null || CreatedLte is not null;
        // Celigo's own words for this 400 (celigo-api.md §9).
        if ((_types.Count == 0 || _types.Any(ParentTypes.Contains)) && !parentScoped)
            throw ApiError.InvalidQuery("For parent jobs, query parameters must contain either \"_integrationId\" or \"_jobId\" or \"createdAt\"");
        if (_types.Any(ChildTypes.Contains) && _flowJobId is null && _exportId is null && _importId is null)
            throw ApiError.InvalidQuery("Jobs of type export or import need _flowJobId, _exportId or _importId.", "_flowJobId");
    }

    public bool Matches(JobRecord job)
    {
        if (CreatedGte is { } gte && job.CreatedAt < gte) return false;
        if (_types.Count > 0 && !_types.Contains(job.Type)) return false;
        // Without a type the list is of parent jobs (DEV's "parent types" include "no type"); a query
        // by _flowJobId or _parentJobId asks for a run's children, so it keeps every type.
        if (_types.Count == 0 && _flowJobId is null && _parentJobId is null && !ParentTypes.Contains(job.Type)) return false;
        if (_statuses.Count > 0 && !_statuses.Contains(job.Status)) return false;
        if (_integrationId is not null && job.Str("_integrationId") != _integrationId) return false;
        if (_flowIds.Count > 0 && (job.Str("_flowId") is not { } flowId || !_flowIds.Contains(flowId))) return false;
        if (_exportId is not null && job.Str("_exportId") != _exportId) return false;
        if (_importId is not null && job.Str("_importId") != _importId) return false;
        if (_flowJobId is not null && job.Str("_flowJobId") != _flowJobId) return false;
        if (_parentJobId is not null && job.Str("_parentJobId") != _parentJobId) return false;
        if (_jobId is not null && job.Id != _jobId) return false;
        if (_bulkJobId is not null && job.Str("_bulkJobId") != _bulkJobId) return false;
        if (_retriable is { } retriable && (job.Doc["retriable"] is null || (bool)job.Doc["retriable"]! != retriable)) return false;
        if (_startedGte is not null || _startedLte is not null)
        {
            if (job.Str("startedAt") is not { } started) return false;
            var at = Dates.ParseStored(started);
            if (_startedGte is { } sg && at < sg) return false;
            if (_startedLte is { } sl && at > sl) return false;
        }
        foreach (var (field, op, value) in _counters)
        {
            var n = job.Int(field);
            if (op == "gte" ? n < value : n > value) return false;
        }
        if (_hideEmpty && job.IsTerminal && job.Int("numSuccess") + job.Int("numError") + job.Int("numIgnore") + job.Int("numExport") == 0) return false;
        return true;
    }
}
