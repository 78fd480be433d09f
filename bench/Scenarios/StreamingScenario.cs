using System.Diagnostics;
using System.Globalization;
using CeligoPS.Bench.Hosting;

namespace CeligoPS.Bench.Scenarios;

/// <summary>
/// 2. 100,000 jobs of one flow through the pipeline into a counter, against a raw C# loop making the
/// same requests (<see cref="RawJobLister"/>). Also: time to the first object against the raw time
/// of one page; memory while listing 10,000 and 100,000 jobs, measured in a child process that holds
/// only the engine, the module and the listing (a streaming listing holds a page or two whatever the
/// total, so the two should be close); and a breakdown of where the time per object goes.
/// </summary>
internal sealed class StreamingScenario : IScenario
{
    private const int Jobs = 100_000;
    private const int SmallJobs = 10_000;

    /// <summary>
    /// Memory runs take this many full blocking GCs, evenly spread, whatever the listing's size, so the
    /// two high-water marks come from as many looks (in the child, whose heap is small, so they are cheap).
    /// </summary>
    private const int Samples = 50;

    // The cheapest honest counter: one script block whose process block counts. ForEach-Object, what
    // most people write, is measured too.
    private const string Counted = "Get-CeligoJob -FlowId $flowId | & { begin { $n = 0 } process { $n++ } end { $n } }";
    private const string ForEachCounted = "$n = 0; Get-CeligoJob -FlowId $flowId | ForEach-Object { $n++ }; $n";
    private const string FirstObject = "Get-CeligoJob -FlowId $flowId -First 1 | & { process { $probe.Mark() } }; 1";
    private const string HeapSampled = "Get-CeligoJob -FlowId $flowId | & { begin { $n = 0 } process { if (++$n % $every -eq 0) { $probe.Sample() } } end { $n } }";
    private const string Collect = "$jobs = Get-CeligoJob -FlowId $flowId; $jobs.Count";
    private const string CountCollected = "$jobs | & { begin { $n = 0 } process { $n++ } end { $n } }";

    public string Name => "streaming";
    public string Title => "2 Streaming list";
    public string Description => $"Get-CeligoJob of {Jobs:N0} jobs into a counter vs a raw HttpClient + System.Text.Json loop over the same pages";
    public bool Heavy => true;

    public async Task RunAsync(BenchContext context)
    {
        var plan = context.PlanFor(this);
        context.Log($"arranging {Jobs:N0} + {SmallJobs:N0} jobs");
        var (emulator, flows) = await JobsAccount.StartAsync(Jobs, SmallJobs);
        await using var _ = emulator;
        using var ps = PsRunspace.Connected(emulator);
        using var raw = new RawJobLister(emulator.BaseUri, emulator.Token);
        using var client = ClientLibraryLister.FromImportedModule(emulator.BaseUri, emulator.Token);
        var probe = new PipelineProbe();
        ps.SetVariable("probe", probe);
        ps.SetVariable("flowId", flows[0]);

        // Interleaved (raw, client, module in each run) so drift hits all three alike.
        context.Log($"raw loop, client library, Get-CeligoJob into a counter ({plan})");
        var runs = Measure.Repeat(plan, () =>
        (
            Raw: raw.ListAsync(flows[0]).GetAwaiter().GetResult(),
            Client: client.ListAsync(flows[0]).GetAwaiter().GetResult(),
            Module: CountedRun(ps, emulator, Counted)
        ));
        if (runs.Any(r => r.Raw.Jobs != Jobs || r.Client.Jobs != Jobs || r.Module.Count != Jobs))
        {
            throw new InvalidOperationException($"A listing did not see all {Jobs:N0} jobs: " +
                string.Join("; ", runs.Select(r => $"raw {r.Raw.Jobs}, client {r.Client.Jobs}, module {r.Module.Count}")));
        }
        var rawRate = Stats.Median(runs, r => Jobs / r.Raw.Elapsed.TotalSeconds);
        var moduleRate = Stats.Median(runs, r => Jobs / r.Module.Elapsed.TotalSeconds);
        context.Report.Compare(Title, $"throughput, {Jobs:N0} jobs into a counter", Fmt.PerSecond(moduleRate), Fmt.PerSecond(rawRate), moduleRate / rawRate,
            Target.AtLeast(0.7, "≥ 0.7x"));

        context.Log($"time to first object ({plan})");
        var firstRuns = Measure.Repeat(plan, () =>
        {
            probe.Start(withHeap: false);
            ps.Invoke(FirstObject);
            return probe.FirstObject!.Value.TotalMilliseconds;
        });
        var first = Stats.Median(firstRuns);
        var rawPage = Stats.Median(runs, r => r.Raw.FirstPage.TotalMilliseconds);
        context.Report.Compare(Title, "time to first object vs one raw page", Fmt.Ms(first), Fmt.Ms(rawPage), first / rawPage, null);

        context.Log("memory: one child process per listing size");
        var small = MemoryRun(emulator, flows[1], SmallJobs);
        var large = MemoryRun(emulator, flows[0], Jobs);
        context.Report.Compare(Title, "client process: managed heap high-water, 100k vs 10k jobs", Fmt.Mb(large.HeapHighWater), Fmt.Mb(small.HeapHighWater),
            (double)large.HeapHighWater / small.HeapHighWater, null);
        context.Report.Compare(Title, "client process: peak working set, 100k vs 10k jobs", Fmt.Mb(large.PeakWorkingSet), Fmt.Mb(small.PeakWorkingSet),
            (double)large.PeakWorkingSet / small.PeakWorkingSet, null);
        context.Report.Note(Title, "client process: working set before listing / peak, 100k jobs", $"{Fmt.Mb(large.WorkingSetBefore)} / {Fmt.Mb(large.PeakWorkingSet)}");

        context.Log("breakdown: ForEach-Object, and the counter over objects already in memory");
        var forEach = CountedRun(ps, emulator, ForEachCounted);
        ps.Invoke(Collect);
        var pipelineOnly = Measure.Repeat(new RunPlan(1, plan.Runs), () => ps.TimedCount(CountCollected).Elapsed);
        ps.Invoke("$jobs = $null");

        double PerObject(TimeSpan t) => t.TotalMilliseconds * 1000 / Jobs;
        context.Report.Note(Title, "throughput into ForEach-Object { $n++ } (one run)", Fmt.PerSecond(Jobs / forEach.Elapsed.TotalSeconds));
        context.Report.Note(Title, "per object: raw loop / client library / module into counter",
            $"{Fmt.Us(Stats.Median(runs, r => PerObject(r.Raw.Elapsed)))} / {Fmt.Us(Stats.Median(runs, r => PerObject(r.Client.Elapsed)))} / {Fmt.Us(Stats.Median(runs, r => PerObject(r.Module.Elapsed)))}");
        context.Report.Note(Title, "per object: the counter alone, over jobs already in a variable", Fmt.Us(Stats.Median(pipelineOnly, PerObject)));
        context.Report.Note(Title, "requests per listing: module / raw loop", $"{runs[0].Module.Requests} / {runs[0].Raw.Requests}");
    }

    private static (long Count, TimeSpan Elapsed, long Requests) CountedRun(PsRunspace ps, BenchEmulator emulator, string script)
    {
        var before = emulator.Counters.Total;
        var (count, elapsed) = ps.TimedCount(script);
        return (count, elapsed, emulator.Counters.Total - before);
    }

    private sealed record MemoryResult(long HeapHighWater, long WorkingSetBefore, long PeakWorkingSet);

    private static MemoryResult MemoryRun(BenchEmulator emulator, string flowId, int jobs)
    {
        var parts = SelfProcess.Run("--memory-probe", emulator.BaseUri.ToString(), emulator.Token, flowId, (jobs / Samples).ToString(CultureInfo.InvariantCulture))
            .Split(' ').Select(p => long.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        return new MemoryResult(parts[1], parts[2], parts[3]);
    }

    /// <summary>
    /// Child-process side of the memory measure: connects to the parent's emulator, lists the flow's
    /// jobs through a counter that takes a full GC every N objects (the fourth argument), and prints
    /// "count heapHighWater workingSetBeforeListing peakWorkingSet" (bytes). The heap figure is live
    /// managed memory above what was live just before the listing.
    /// </summary>
    public static int MemoryProbe(string[] args)
    {
        using var ps = PsRunspace.Connected(new Uri(args[0]), args[1]);
        var probe = new PipelineProbe();
        ps.SetVariable("probe", probe);
        ps.SetVariable("every", int.Parse(args[3], CultureInfo.InvariantCulture));
        ps.SetVariable("flowId", args[2]);
        using var self = Process.GetCurrentProcess();
        self.Refresh();
        var before = self.WorkingSet64;
        probe.Start(withHeap: true);
        var (count, _) = ps.TimedCount(HeapSampled);
        self.Refresh();
        Console.WriteLine(string.Join(' ', new[] { count, probe.HeapHighWater, before, self.PeakWorkingSet64 }.Select(n => n.ToString(CultureInfo.InvariantCulture))));
        return 0;
    }
}
