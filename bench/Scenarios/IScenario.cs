namespace CeligoPS.Bench.Scenarios;

/// <summary>One benchmark scenario: it arranges its own emulator, measures, and adds rows to the report.</summary>
internal interface IScenario
{
    /// <summary>Short name for --only.</summary>
    string Name { get; }

    /// <summary>The name in the tables, e.g. "1 Import".</summary>
    string Title { get; }

    /// <summary>What it measures against what, for --list.</summary>
    string Description { get; }

    /// <summary>Heavy scenarios take tens of seconds a run and get fewer runs.</summary>
    bool Heavy { get; }

    Task RunAsync(BenchContext context);
}

/// <summary>What a scenario gets: its run plan, the report to add to, and a place for progress lines.</summary>
internal sealed class BenchContext(BenchOptions options, Report report)
{
    public BenchOptions Options { get; } = options;
    public Report Report { get; } = report;

    private readonly System.Diagnostics.Stopwatch _sinceStart = new();

    public RunPlan PlanFor(IScenario scenario) => Options.PlanFor(scenario.Heavy);

    /// <summary>Restarts the clock that progress lines show.</summary>
    public void StartScenario() => _sinceStart.Restart();

    /// <summary>Progress goes to stderr, so stdout holds only the tables.</summary>
    public void Log(string line) => Console.Error.WriteLine($"  [{_sinceStart.Elapsed.TotalSeconds,6:0.0} s] {line}");
}
