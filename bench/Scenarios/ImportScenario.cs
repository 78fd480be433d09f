using System.Globalization;
using CeligoPS.Bench.Hosting;

namespace CeligoPS.Bench.Scenarios;

/// <summary>
/// 1. Import-Module of out/CeligoPS/CeligoPS.psd1 against importing a trivial binary module (one cmdlet,
/// also through a manifest), each into a fresh runspace. Two views: warm (in this process, after a
/// warm-up, so assemblies are already loaded and JIT-compiled: what a second runspace or a runbook
/// worker that imported before pays) and cold (a new process per import: what a user opening a
/// console pays; the runspace is opened before the clock starts). Also checks that importing makes
/// no network request, with CELIGO_API_TOKEN/CELIGO_BASE_URL pointing at the emulator so that a
/// module that connected on import would be seen.
/// </summary>
internal sealed class ImportScenario : IScenario
{
    private static readonly Target ImportTarget = Target.AtMost(1.5, "≤ 1.5x");

    public string Name => "import";
    public string Title => "1 Import";
    public string Description => "Import-Module CeligoPS vs a trivial binary module, fresh runspace (warm in-process, cold new process)";
    public bool Heavy => false;

    public async Task RunAsync(BenchContext context)
    {
        var plan = context.PlanFor(this);
        await using var emulator = await BenchEmulator.StartAsync();
        using (new EnvironmentScope(("CELIGO_API_TOKEN", emulator.Token), ("CELIGO_BASE_URL", emulator.BaseUri.ToString())))
        using (var network = new NetworkActivity())
        {
            var requestsBefore = emulator.Counters.Total;
            var networkBefore = network.Events;
            // A warm import takes milliseconds, so it gets four times the runs (and three warm-ups) to
            // steady the median. Interleaved, so drift (other load, GC) hits both sides alike.
            var warmPlan = new RunPlan(Math.Max(plan.Warmups, 3), plan.Runs * 4);
            context.Log($"warm imports in this process ({warmPlan})");
            var warm = Measure.Repeat(warmPlan, () => (Module: ImportFresh(RepoPaths.ModuleManifest), Trivial: ImportFresh(RepoPaths.TrivialManifest)));
            var module = Stats.Median(warm, r => r.Module.TotalMilliseconds);
            var trivial = Stats.Median(warm, r => r.Trivial.TotalMilliseconds);
            context.Report.Compare(Title, "Import-Module, warm (in-process)", Fmt.Ms(module), Fmt.Ms(trivial), module / trivial, ImportTarget);

            // Where the warm difference goes: the root script imported without its manifest loads the same
            // cmdlets through the same loader but no format file.
            var script = Measure.Repeat(warmPlan, () => ImportFresh(Path.ChangeExtension(RepoPaths.ModuleManifest, ".psm1")));
            context.Report.Note(Title, "warm: CeligoPS.psm1 imported without its manifest (same loader and cmdlets, no format file)", Fmt.Ms(Stats.Median(script, t => t.TotalMilliseconds)));

            var imports = (warmPlan.Warmups + warmPlan.Runs) * 3;
            var requests = emulator.Counters.Total - requestsBefore;
            var networkEvents = network.Events - networkBefore;
            context.Report.Value(Title, $"HTTP requests seen by the emulator / network events in the process, {imports} imports", $"{requests} / {networkEvents}",
                requests + networkEvents, Target.Exactly(0, "0"));

            // The probe must be able to see a request, or its zero above means nothing.
            var beforeCheck = network.Events;
            await emulator.TokenInfoAsync();
            context.Report.Note(Title, "self-check: network events the probe saw for one request to the emulator", Fmt.Count(network.Events - beforeCheck));
        }

        context.Log($"cold imports, one new process each ({plan})");
        var cold = Measure.Repeat(plan, () => (Module: ImportInNewProcess(RepoPaths.ModuleManifest), Trivial: ImportInNewProcess(RepoPaths.TrivialManifest)));
        var coldModule = Stats.Median(cold, r => r.Module);
        var coldTrivial = Stats.Median(cold, r => r.Trivial);
        context.Report.Compare(Title, "Import-Module, cold (new process)", Fmt.Ms(coldModule), Fmt.Ms(coldTrivial), coldModule / coldTrivial, ImportTarget);
    }

    private static TimeSpan ImportFresh(string manifest)
    {
        using var ps = PsRunspace.Open();
        return ps.ImportModule(manifest);
    }

    /// <summary>The harness itself, started with --import-probe: it opens a runspace, then times one import.</summary>
    private static double ImportInNewProcess(string manifest) =>
        double.Parse(SelfProcess.Run("--import-probe", manifest), CultureInfo.InvariantCulture);

    /// <summary>Child-process side of the cold measure: prints the import time in milliseconds.</summary>
    public static int Probe(string manifest)
    {
        using var ps = PsRunspace.Open();
        // Every real session has run a script before it imports anything (a profile, the prompt, the
        // runbook itself), so the engine's parser is warm; without this line the first module with a
        // root script would pay for compiling the parser, which no user pays at import.
        ps.Invoke("$null = 1");
        var elapsed = ps.ImportModule(manifest);
        Console.WriteLine(elapsed.TotalMilliseconds.ToString("0.000", CultureInfo.InvariantCulture));
        return 0;
    }
}
