using System.Diagnostics;

namespace CeligoPS.Bench.Hosting;

/// <summary>
/// Handed to PowerShell scripts as $probe: they call <see cref="Mark"/> when the first object arrives
/// and <see cref="Sample"/> every few thousand objects. Public because PowerShell binds only public
/// members.
/// </summary>
public sealed class PipelineProbe
{
    private readonly Stopwatch _watch = new();
    private TimeSpan? _first;
    private long _baseline;

    /// <summary>Time from <see cref="Start"/> to the first <see cref="Mark"/>.</summary>
    public TimeSpan? FirstObject => _first;

    /// <summary>
    /// Highest managed heap seen by <see cref="Sample"/>, above the heap at <see cref="Start"/>, both
    /// taken right after a full blocking GC: live objects only, garbage excluded.
    /// </summary>
    public long HeapHighWater { get; private set; }

    /// <param name="withHeap">Take the heap baseline too (a full GC, so only for memory runs).</param>
    public void Start(bool withHeap)
    {
        _first = null;
        HeapHighWater = 0;
        _baseline = withHeap ? GC.GetTotalMemory(forceFullCollection: true) : 0;
        _watch.Restart();
    }

    public void Mark() => _first ??= _watch.Elapsed;

    public void Sample() => HeapHighWater = Math.Max(HeapHighWater, GC.GetTotalMemory(forceFullCollection: true) - _baseline);
}
