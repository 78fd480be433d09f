namespace CeligoPS.Emulator.State;

/// <summary>
/// All jobs, indexed by id, by parent flow job, and in a list kept newest-first by
/// (createdAt, _id) so <c>GET /v1/jobs</c> can start at a <c>createdAt_lte</c> cursor with a binary
/// search instead of sorting on every request. Callers hold the state lock.
/// </summary>
internal sealed class JobStore
{
    private readonly Dictionary<string, JobRecord> _byId = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JobRecord>> _childrenOf = new(StringComparer.Ordinal);
    private readonly List<JobRecord> _newestFirst = [];

    public int Count => _byId.Count;

    public JobRecord? Find(string id) => _byId.GetValueOrDefault(id);

    public JobRecord Get(string id) => Find(id) ?? throw Http.ApiError.NotFound("Job", id);

    public void Add(JobRecord job)
    {
        _byId.Add(job.Id, job);
        var index = _newestFirst.BinarySearch(job, NewestFirst.Instance);
        _newestFirst.Insert(index < 0 ? ~index : index, job);
        if (job.FlowJobId is { } parent)
        {
            if (!_childrenOf.TryGetValue(parent, out var list)) _childrenOf[parent] = list = [];
            list.Add(job);
        }
    }

    public void Clear()
    {
        _byId.Clear();
        _childrenOf.Clear();
        _newestFirst.Clear();
    }

    /// <summary>Jobs whose <c>_flowJobId</c> is this flow job, in creation order (export before lookups before imports).</summary>
    public IReadOnlyList<JobRecord> ChildrenOf(string flowJobId) =>
        _childrenOf.TryGetValue(flowJobId, out var list) ? list : [];

    /// <summary>Newest first, starting at the first job created at or before <paramref name="createdAtLte"/>.</summary>
    public IEnumerable<JobRecord> NewestFirstFrom(DateTime? createdAtLte)
    {
        var start = 0;
        if (createdAtLte is { } lte)
        {
            // First index whose CreatedAt <= lte: the list is descending by CreatedAt.
            int lo = 0, hi = _newestFirst.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (_newestFirst[mid].CreatedAt > lte) lo = mid + 1; else hi = mid;
            }
            start = lo;
        }
        for (var i = start; i < _newestFirst.Count; i++) yield return _newestFirst[i];
    }

    private sealed class NewestFirst : IComparer<JobRecord>
    {
        public static readonly NewestFirst Instance = new();

        public int Compare(JobRecord? x, JobRecord? y)
        {
            var byDate = y!.CreatedAt.CompareTo(x!.CreatedAt);
            return byDate != 0 ? byDate : string.CompareOrdinal(y.Id, x.Id);
        }
    }
}
