using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>A flow-step error document plus the values the store sorts and filters on.</summary>
internal sealed class ErrorEntry(JsonObject doc, DateTime occurredAt)
{
    public JsonObject Doc { get; } = doc;
    public string ErrorId { get; } = (string)doc["errorId"]!;
    public DateTime OccurredAt { get; } = occurredAt;
    public DateTime? ResolvedAt { get; set; }
    public string? RetryDataKey => Doc["retryDataKey"] is JsonValue v && v.TryGetValue(out string? s) && s.Length > 0 ? s : null;
    public string? FlowJobId => Doc["_flowJobId"] is JsonValue v && v.TryGetValue(out string? s) && s.Length > 0 ? s : null;
}

/// <summary>
/// Open and resolved errors of one flow step (the key is flow id + step id, celigo-api.md §4.7)
/// and the retry data of its records. Lists are ordered oldest first by (occurredAt | resolvedAt,
/// errorId); the same string is the <c>nextPageURL</c> cursor, so paging stays correct while
/// errors are resolved or retried between pages. Callers hold the state lock.
/// </summary>
internal sealed class StepErrors
{
    public ErrorList Open { get; } = new(e => Dates.Iso(e.OccurredAt) + "_" + e.ErrorId);
    public ErrorList Resolved { get; } = new(e => Dates.Iso(e.ResolvedAt ?? e.OccurredAt) + "_" + e.ErrorId);

    /// <summary>An error of the step by errorId, open or resolved.</summary>
    public ErrorEntry? Find(string errorId) => Open.FindById(errorId) ?? Resolved.FindById(errorId);

    /// <summary>retryDataKey → the retry document (<c>{"data": record, ...}</c>).</summary>
    public Dictionary<string, JsonObject> RetryData { get; } = new(StringComparer.Ordinal);
}

/// <summary>An ordered error list with a cursor key per entry.</summary>
internal sealed class ErrorList(Func<ErrorEntry, string> keyOf)
{
    private readonly List<ErrorEntry> _items = [];
    private bool _sorted = true;

    public int Count => _items.Count;

    public string KeyOf(ErrorEntry e) => keyOf(e);

    public void Add(ErrorEntry e)
    {
        if (_items.Count > 0 && string.CompareOrdinal(keyOf(_items[^1]), keyOf(e)) > 0) _sorted = false;
        _items.Add(e);
    }

    /// <summary>Entries in cursor order.</summary>
    public IReadOnlyList<ErrorEntry> Items
    {
        get
        {
            if (!_sorted)
            {
                _items.Sort((a, b) => string.CompareOrdinal(keyOf(a), keyOf(b)));
                _sorted = true;
            }
            return _items;
        }
    }

    public ErrorEntry? FindById(string errorId) => _items.Find(e => e.ErrorId == errorId);

    /// <summary>Removes and returns the entries that match.</summary>
    public List<ErrorEntry> RemoveWhere(Func<ErrorEntry, bool> match)
    {
        var removed = _items.Where(match).ToList();
        if (removed.Count > 0)
        {
            var set = removed.ToHashSet();
            _items.RemoveAll(set.Contains);
        }
        return removed;
    }
}
