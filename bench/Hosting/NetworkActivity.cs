using System.Diagnostics.Tracing;

namespace CeligoPS.Bench.Hosting;

/// <summary>
/// Counts outgoing network activity anywhere in this process while it lives: HTTP requests started
/// (System.Net.Http), sockets connecting (System.Net.Sockets) and DNS look-ups (System.Net.NameResolution).
/// Used to show that importing the module touches no network, not even a host other than the emulator.
/// </summary>
internal sealed class NetworkActivity : EventListener
{
    private static readonly Dictionary<string, string> Watched = new()
    {
        ["System.Net.Http"] = "RequestStart",
        ["System.Net.Sockets"] = "ConnectStart",
        ["System.Net.NameResolution"] = "ResolutionStart",
    };

    private long _events;

    /// <summary>HTTP requests, socket connects and name look-ups seen so far.</summary>
    public long Events => Interlocked.Read(ref _events);

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (Watched.ContainsKey(source.Name))
        {
            EnableEvents(source, EventLevel.Informational);
        }
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (Watched.TryGetValue(e.EventSource.Name, out var start) && e.EventName == start)
        {
            Interlocked.Increment(ref _events);
        }
    }
}
