using CeligoPS.Bench.Hosting;

namespace CeligoPS.Bench.Scenarios;

/// <summary>
/// 3. The open errors of 200 flows of three steps each (600 steps), with 50 ms added to every
/// request: <c>Get-CeligoFlow -IntegrationId X | Get-CeligoError</c>. The bound is what a client
/// keeping its default number of requests in flight could reach: requests × latency / concurrency.
/// Then the same pipeline against the account's real rate bucket (1000 requests, 300 per second,
/// celigo-api.md §3), counting 429 answers, once with the latency and once without it, three runs
/// back to back, which is the case that could outrun the bucket.
/// </summary>
internal sealed class FanOutScenario : IScenario
{
    private const int Flows = 200;
    private const int ErrorsPerStep = 2;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(50);

    private const string Pipeline = "Get-CeligoFlow -IntegrationId $integrationId | Get-CeligoError | & { begin { $n = 0 } process { $n++ } end { $n } }";

    public string Name => "fanout";
    public string Title => "3 Fan-out";
    public string Description => $"Get-CeligoFlow | Get-CeligoError over {Flows} flows x 3 steps, {Latency.TotalMilliseconds:0} ms per request, vs requests x latency / concurrency; 429s under the real bucket";
    public bool Heavy => true;

    public async Task RunAsync(BenchContext context)
    {
        var plan = context.PlanFor(this);
        int concurrency;
        var expected = Flows * 3 * ErrorsPerStep;

        context.Log($"arranging {Flows} flows with {ErrorsPerStep} open errors on each of their 3 steps (rate bucket off)");
        await using (var emulator = await BenchEmulator.StartAsync(o => o.EnforceRateLimit = false))
        {
            var integration = await ArrangeAsync(emulator);
            using var ps = PsRunspace.Connected(emulator);
            ps.SetVariable("integrationId", integration);
            concurrency = Convert.ToInt32(ps.Invoke("(Get-CeligoContext).MaxConcurrency")[0].BaseObject);

            // Warm-ups run without the latency: they only need to load and compile the same code.
            context.Log($"pipeline with {Latency.TotalMilliseconds:0} ms per request ({plan}; warm-ups without the latency)");
            var runs = Measure.Repeat(plan, () =>
            {
                emulator.AddLatency(Latency);
                emulator.Counters.Reset();
                var run = CountedRun(ps, emulator);
                emulator.NoLatency();
                return (run.Count, run.Elapsed, run.Requests,
                    Lists: emulator.Counters.Count("GET", "/v1/integrations/{id}/flows"),
                    Summaries: emulator.Counters.Count("GET", "/v1/flows/{id}/errors"),
                    Steps: emulator.Counters.Count("GET", "/v1/flows/{id}/{id}/errors"));
            }, warmup: () => CountedRun(ps, emulator));
            Check(runs.Select(r => r.Count), expected);
            var requests = runs[0].Requests;
            var bound = requests * Latency.TotalMilliseconds / concurrency;
            var measured = Stats.Median(runs, r => r.Elapsed.TotalMilliseconds);
            context.Report.Compare(Title, $"{Flows * 3} steps, {requests} requests, {Latency.TotalMilliseconds:0} ms each", Fmt.Ms(measured),
                Fmt.Ms(bound) + $" (bound, {concurrency} in flight)", measured / bound, Target.AtMost(1.3, "≤ 1.3x"));
            context.Report.Note(Title, "requests per run: flow list pages / flow error summaries / step error lists",
                $"{runs[0].Lists} / {runs[0].Summaries} / {runs[0].Steps}");
            // Each flow needs two round trips (its error summary, then its steps side by side); taken one
            // flow at a time that would be the critical path, so piped flows overlap (OverlappedWork).
            context.Report.Note(Title, $"two round trips per flow: taken one flow at a time, {Flows} x 2 x latency / measured per flow",
                $"{Fmt.Ms(Flows * 2 * Latency.TotalMilliseconds)} / {Fmt.Ms(measured / Flows)}");
        }

        context.Log("arranging the same account with the real rate bucket (1000, 300/s)");
        await using (var emulator = await BenchEmulator.StartAsync())
        {
            var integration = await ArrangeAsync(emulator);
            using var ps = PsRunspace.Connected(emulator);
            ps.SetVariable("integrationId", integration);

            emulator.Counters.Reset();
            emulator.AddLatency(Latency);
            context.Log($"pipeline with {Latency.TotalMilliseconds:0} ms per request, real bucket (one run)");
            var slow = CountedRun(ps, emulator);
            Check(new[] { slow.Count }, expected);
            context.Report.Value(Title, $"429 answers, real bucket, {Latency.TotalMilliseconds:0} ms per request ({slow.Requests} requests in {Fmt.Ms(slow.Elapsed)})",
                Fmt.Count(emulator.Counters.TooManyRequests), emulator.Counters.TooManyRequests, Target.Exactly(0, "0"));

            emulator.NoLatency();
            emulator.Counters.Reset();
            context.Log("pipeline with no added latency, real bucket, three runs back to back");
            var fast = Measure.Repeat(new RunPlan(0, 3), () => CountedRun(ps, emulator));
            Check(fast.Select(r => r.Count), expected);
            var total = fast.Sum(r => r.Requests);
            var elapsed = fast.Aggregate(TimeSpan.Zero, (sum, r) => sum + r.Elapsed);
            context.Report.Value(Title, $"429 answers, real bucket, no added latency, 3 runs back to back ({total} requests in {Fmt.Ms(elapsed)})",
                Fmt.Count(emulator.Counters.TooManyRequests), emulator.Counters.TooManyRequests, Target.Exactly(0, "0"));
        }
    }

    /// <summary>An integration of <see cref="Flows"/> three-step flows, every step with open errors.</summary>
    private static async Task<string> ArrangeAsync(BenchEmulator emulator)
    {
        var integration = await emulator.CreateIntegrationAsync("Bench fan-out");
        foreach (var flow in await emulator.CloneThreeStepFlowsAsync(integration, Flows))
        {
            foreach (var step in emulator.State.StepIds(flow))
            {
                emulator.State.AddOpenErrors(flow, step, ErrorsPerStep, retriable: true);
            }
        }
        return integration;
    }

    private static (long Count, TimeSpan Elapsed, long Requests) CountedRun(PsRunspace ps, BenchEmulator emulator)
    {
        var before = emulator.Counters.Total;
        var (count, elapsed) = ps.TimedCount(Pipeline);
        return (count, elapsed, emulator.Counters.Total - before);
    }

    private static void Check(IEnumerable<long> counts, long expected)
    {
        if (counts.Any(c => c != expected))
        {
            throw new InvalidOperationException($"Expected {expected} errors per run, got {string.Join(", ", counts)}.");
        }
    }
}
