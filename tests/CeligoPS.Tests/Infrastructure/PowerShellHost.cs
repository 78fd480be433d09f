using System.Collections.ObjectModel;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Text;

namespace CeligoPS.Tests.Infrastructure;

/// <summary>Everything one script produced, stream by stream.</summary>
public sealed class ScriptResult
{
    public required Collection<PSObject> Output { get; init; }
    public required IReadOnlyList<ErrorRecord> Errors { get; init; }
    public required IReadOnlyList<string> Verbose { get; init; }
    public required IReadOnlyList<string> Debug { get; init; }
    public required IReadOnlyList<string> Warnings { get; init; }
    public required IReadOnlyList<string> Information { get; init; }

    /// <summary>Lines written to the host (the console): "What if:" messages, Write-Host.</summary>
    public IReadOnlyList<string> HostLines { get; init; } = Array.Empty<string>();

    /// <summary>The terminating error that ended the script, if one did.</summary>
    public RuntimeException? Terminating { get; init; }

    public IEnumerable<ErrorRecord> AllErrors =>
        Terminating?.ErrorRecord is { } r ? Errors.Append(r) : Errors;

    /// <summary>All text the script made visible, for scans (output rendered the way a console would show it).</summary>
    public string AllText { get; init; } = "";

    public void ShouldSucceed()
    {
        if (Terminating != null || Errors.Count > 0)
        {
            var messages = AllErrors.Select(e => $"{e.FullyQualifiedErrorId}: {e}");
            throw new Xunit.Sdk.XunitException("The script failed:\n" + string.Join("\n", messages));
        }
    }
}

/// <summary>
/// A fresh runspace of the real PowerShell engine with the built module imported from out/CeligoPS,
/// as a user would have it. One per test: sessions live per runspace.
/// </summary>
public sealed class PowerShellHost : IDisposable
{
    private readonly Runspace _runspace;

    public PowerShellHost(bool importModule = true)
    {
        var state = InitialSessionState.CreateDefault2();
        if (importModule)
        {
            state.ImportPSModule(RepoPaths.ModuleManifest);
        }
        _runspace = RunspaceFactory.CreateRunspace(Console, state);
        _runspace.Open();
    }

    public Runspace Runspace => _runspace;

    /// <summary>What reached the console: "What if:" lines, Write-Host text.</summary>
    public RecordingHost Console { get; } = new();

    public void SetVariable(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

    /// <summary>Runs a script; streams are collected, a terminating error is captured rather than thrown.</summary>
    public ScriptResult Run(string script, bool verbose = false, bool debug = false)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        Console.Clear();
        var preamble = (verbose ? "$VerbosePreference = 'Continue'\n" : "") + (debug ? "$DebugPreference = 'Continue'\n" : "");
        ps.AddScript(preamble + script);
        Collection<PSObject> output = new();
        RuntimeException? terminating = null;
        try
        {
            output = ps.Invoke();
        }
        catch (RuntimeException e)
        {
            terminating = e;
        }
        var text = new StringBuilder();
        foreach (var item in output)
        {
            text.AppendLine(Flatten(item));
        }
        var result = new ScriptResult
        {
            HostLines = Console.Lines,
            Output = output,
            Errors = ps.Streams.Error.ToList(),
            Verbose = ps.Streams.Verbose.Select(v => v.Message).ToList(),
            Debug = ps.Streams.Debug.Select(v => v.Message).ToList(),
            Warnings = ps.Streams.Warning.Select(v => v.Message).ToList(),
            Information = ps.Streams.Information.Select(v => v.ToString() ?? "").ToList(),
            Terminating = terminating,
        };
        foreach (var part in result.Verbose.Concat(result.Debug).Concat(result.Warnings).Concat(result.Information).Concat(result.HostLines))
        {
            text.AppendLine(part);
        }
        foreach (var e in result.AllErrors)
        {
            text.AppendLine(e.ToString()).AppendLine(e.Exception?.ToString()).AppendLine(e.ErrorDetails?.Message)
                .AppendLine(e.ErrorDetails?.RecommendedAction).AppendLine(e.TargetObject?.ToString());
        }
        return new ScriptResult
        {
            Output = result.Output, Errors = result.Errors, Verbose = result.Verbose, Debug = result.Debug,
            Warnings = result.Warnings, Information = result.Information, Terminating = terminating, AllText = text.ToString(),
            HostLines = result.HostLines,
        };
    }

    /// <summary>An object and every property value, nested ones too, as text: more than Out-String shows, for scans.</summary>
    public static string Flatten(PSObject? item, int depth = 0)
    {
        if (item == null)
        {
            return "";
        }
        var sb = new StringBuilder(item.ToString()).Append(' ');
        if (depth > 3 || item.BaseObject is string || item.BaseObject.GetType().IsPrimitive)
        {
            return sb.ToString();
        }
        foreach (var p in item.Properties)
        {
            object? value;
            try
            {
                value = p.Value;
            }
            catch (Exception)
            {
                continue;
            }
            sb.Append(p.Name).Append('=');
            sb.Append(value is null ? "" : Flatten(PSObject.AsPSObject(value), depth + 1)).Append("; ");
        }
        return sb.ToString();
    }

    public void Dispose() => _runspace.Dispose();
}
