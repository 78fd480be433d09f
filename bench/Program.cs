using System.Diagnostics;
using CeligoPS.Bench;
using CeligoPS.Bench.Hosting;
using CeligoPS.Bench.Scenarios;

// The benchmark harness: starts the emulator in-process, runs each scenario after a warm-up, and
// prints a markdown table of medians, baselines, ratios and targets. It never asserts times: a
// missed target is a finding to explain, not a failure.

// Probe modes: the harness runs itself as a child process to measure in a process of its own.
switch (args.FirstOrDefault())
{
    case "--import-probe":
        return ImportScenario.Probe(args[1]);
    case "--memory-probe":
        return StreamingScenario.MemoryProbe(args[1..]);
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (ArgumentException e)
{
    Console.Error.WriteLine(e.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

IScenario[] scenarios =
[
    new ImportScenario(),
    new StreamingScenario(),
    new FanOutScenario(),
    new BulkActionScenario(),
    new PerObjectScenario(),
    new PwshScenario(),
];

if (options.Help || options.List)
{
    if (options.Help)
    {
        Console.WriteLine(BenchOptions.Usage);
    }
    foreach (var s in scenarios)
    {
        Console.WriteLine($"  {s.Name,-10} {s.Title}: {s.Description}");
    }
    return 0;
}

var unknown = options.Only.Where(name => scenarios.All(s => !s.Name.Equals(name, StringComparison.OrdinalIgnoreCase))).ToList();
if (unknown.Count > 0)
{
    Console.Error.WriteLine($"Unknown scenario(s): {string.Join(", ", unknown)}. Known: {string.Join(", ", scenarios.Select(s => s.Name))}.");
    return 2;
}

if (!File.Exists(RepoPaths.ModuleManifest) || !File.Exists(RepoPaths.TrivialManifest))
{
    Console.Error.WriteLine($"The built module was not found ({RepoPaths.ModuleManifest}): run dotnet build -c Release first.");
    return 1;
}

var loadAtStart = LoadAverage();
var report = new Report();
var context = new BenchContext(options, report);
var total = Stopwatch.StartNew();
foreach (var scenario in scenarios.Where(s => options.Only.Count == 0 || options.Only.Contains(s.Name)))
{
    Console.Error.WriteLine($"{scenario.Title} ({context.PlanFor(scenario)})");
    var watch = Stopwatch.StartNew();
    context.StartScenario();
    try
    {
        await scenario.RunAsync(context);
    }
    catch (Exception e)
    {
        // One broken scenario costs its own row, never the whole table.
        Console.Error.WriteLine($"{scenario.Title} failed: {e}");
        report.Failed(scenario.Title, e);
    }
    report.Note(scenario.Title, "scenario wall time (arranging data included)", Fmt.Ms(watch.Elapsed));
}
report.Note("all", "process peak working set (harness + emulator + engine)", Fmt.Mb(Process.GetCurrentProcess().PeakWorkingSet64));
report.Note("all", "total wall time", Fmt.Ms(total.Elapsed));

Console.WriteLine();
// Other work on the machine moves every number; the load average says how busy it was.
Console.WriteLine($"CeligoPS benchmarks: {Environment.ProcessorCount} cores, .NET {Environment.Version}, {(options.Quick ? "--quick" : "default runs")}, " +
                  $"load average (1 min) {loadAtStart} at start, {LoadAverage()} at end");
Console.WriteLine();
TablePrinter.PrintResults(Console.Out, report);
return 0;

static string LoadAverage() =>
    File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
