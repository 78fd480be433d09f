using System.Diagnostics;
using System.Globalization;
using CeligoPS.Bench.Hosting;

namespace CeligoPS.Bench.Scenarios;

/// <summary>
/// 6. What users write instead: scenario 2's listing as a hand-written Invoke-RestMethod paging loop
/// (Scenarios/RestMethodListing.ps1), run by a real pwsh: the one on PATH, else the repository's own
/// (the PowerShell .NET tool of the tool manifest, after <c>dotnet tool restore</c>). A user runs such
/// a loop in a console, not in a host like the harness, so it gets a process of its own.
/// </summary>
internal sealed class PwshScenario : IScenario
{
    private const int Jobs = 100_000;

    public string Name => "pwsh";
    public string Title => "6 Invoke-RestMethod loop";
    public string Description => $"scenario 2's {Jobs:N0}-job listing as a hand-written Invoke-RestMethod loop under pwsh (skipped without pwsh)";
    public bool Heavy => true;

    public async Task RunAsync(BenchContext context)
    {
        var pwsh = Pwsh.Find();
        if (pwsh == null)
        {
            context.Log("skipped: no pwsh on PATH and no restored PowerShell tool (dotnet tool restore)");
            context.Report.Skipped(Title, "hand-written Invoke-RestMethod loop", "skipped: no pwsh (dotnet tool restore)");
            return;
        }

        var plan = context.PlanFor(this);
        context.Log($"arranging {Jobs:N0} jobs");
        var (emulator, flows) = await JobsAccount.StartAsync(Jobs);
        await using var _ = emulator;
        using var raw = new RawJobLister(emulator.BaseUri, emulator.Token);

        context.Log($"raw loop and pwsh with Invoke-RestMethod, interleaved ({plan}; {pwsh})");
        var runs = Measure.Repeat(plan, () =>
        (
            Raw: raw.ListAsync(flows[0]).GetAwaiter().GetResult(),
            Pwsh: RunPwsh(pwsh, emulator, flows[0])
        ));
        if (runs.Any(r => r.Pwsh.Jobs != Jobs))
        {
            throw new InvalidOperationException($"The Invoke-RestMethod loop listed {string.Join(", ", runs.Select(r => r.Pwsh.Jobs))} jobs, expected {Jobs:N0}.");
        }
        var rawRate = Stats.Median(runs, r => Jobs / r.Raw.Elapsed.TotalSeconds);
        var pwshRate = Stats.Median(runs, r => Jobs / r.Pwsh.Elapsed.TotalSeconds);
        context.Report.Compare(Title, $"throughput, {Jobs:N0} jobs (timed inside pwsh)", Fmt.PerSecond(pwshRate), Fmt.PerSecond(rawRate), pwshRate / rawRate, null);
    }

    private static (long Jobs, TimeSpan Elapsed) RunPwsh(Pwsh pwsh, BenchEmulator emulator, string flowId)
    {
        var start = pwsh.StartInfo();
        foreach (var arg in new[] { "-NoProfile", "-NonInteractive", "-File", RepoPaths.RestMethodScript,
                     "-BaseUri", emulator.BaseUri.ToString(), "-Token", emulator.Token, "-FlowId", flowId })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        var parts = stdout.Split(' ');
        if (process.ExitCode != 0 || parts.Length != 2)
        {
            throw new InvalidOperationException($"pwsh failed (exit {process.ExitCode}): {stdout}{stderr.Result}");
        }
        return (long.Parse(parts[0], CultureInfo.InvariantCulture), TimeSpan.FromMilliseconds(double.Parse(parts[1], CultureInfo.InvariantCulture)));
    }
}
