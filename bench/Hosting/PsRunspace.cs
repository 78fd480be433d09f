using System.Collections.ObjectModel;
using System.Diagnostics;
using System.Management.Automation;
using System.Management.Automation.Runspaces;

namespace CeligoPS.Bench.Hosting;

/// <summary>
/// A fresh runspace of the real PowerShell 7.6 engine (the System.Management.Automation package),
/// created the way the test suite creates them. Scripts run in the global scope, so variables one
/// script sets are there for the next; any error fails the run, because a benchmark of a pipeline
/// that failed half-way measures nothing.
/// </summary>
internal sealed class PsRunspace : IDisposable
{
    private readonly Runspace _runspace;

    private PsRunspace()
    {
        _runspace = RunspaceFactory.CreateRunspace(Host, InitialSessionState.CreateDefault2());
        _runspace.Open();
    }

    public SilentHost Host { get; } = new();

    /// <summary>An open runspace with nothing imported.</summary>
    public static PsRunspace Open() => new();

    /// <summary>An open runspace with the built module imported and a session connected to the emulator.</summary>
    public static PsRunspace Connected(BenchEmulator emulator) => Connected(emulator.BaseUri, emulator.Token);

    public static PsRunspace Connected(Uri baseUri, string token)
    {
        var ps = new PsRunspace();
        ps.ImportModule(RepoPaths.ModuleManifest);
        ps.SetVariable("BenchBaseUri", baseUri.ToString());
        ps.SetVariable("BenchToken", token);
        ps.Invoke("$null = Connect-Celigo -BaseUri $BenchBaseUri -Token $BenchToken");
        return ps;
    }

    public void SetVariable(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

    /// <summary>Import-Module by path, as a user's profile or runbook does; returns how long it took.</summary>
    public TimeSpan ImportModule(string manifestPath)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddCommand("Import-Module").AddParameter("Name", manifestPath).AddParameter("ErrorAction", "Stop");
        var watch = Stopwatch.StartNew();
        ps.Invoke();
        watch.Stop();
        ThrowOnErrors(ps, "Import-Module " + manifestPath);
        return watch.Elapsed;
    }

    /// <summary>Runs a script and returns its output; throws if it wrote any error.</summary>
    public Collection<PSObject> Invoke(string script) => Timed(script).Output;

    /// <summary>Runs a script and times it, from Invoke to the last output object.</summary>
    public (Collection<PSObject> Output, TimeSpan Elapsed) Timed(string script)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        var watch = Stopwatch.StartNew();
        var output = ps.Invoke();
        watch.Stop();
        ThrowOnErrors(ps, script);
        return (output, watch.Elapsed);
    }

    /// <summary>Runs a script whose only output is a number (a count), timed.</summary>
    public (long Count, TimeSpan Elapsed) TimedCount(string script)
    {
        var (output, elapsed) = Timed(script);
        if (output.Count != 1)
        {
            throw new InvalidOperationException($"Expected one count from the script, got {output.Count} objects:\n{script}");
        }
        return (Convert.ToInt64(output[0].BaseObject), elapsed);
    }

    private static void ThrowOnErrors(PowerShell ps, string what)
    {
        if (ps.HadErrors && ps.Streams.Error.Count > 0)
        {
            var first = ps.Streams.Error[0];
            throw new InvalidOperationException($"PowerShell reported {ps.Streams.Error.Count} error(s) running:\n{what}\nFirst: {first.FullyQualifiedErrorId}: {first}");
        }
    }

    public void Dispose() => _runspace.Dispose();
}
