using CeligoPS.Bench.Hosting;

namespace CeligoPS.Bench.Scenarios;

/// <summary>
/// 4. Bulk retry and resolve of 10,000 open errors on 10 steps (1,000 each, the import step of 10
/// flows): <c>$errors | Invoke-CeligoErrorRetry</c> and <c>$errors | Resolve-CeligoError</c>, with
/// 50 ms added to every request. The API takes at most 1000 ids per call, so each action needs
/// exactly ceil(1,000 / 1000) = 1 call per step, 10 in all; the time bound is the waves those calls
/// need with the client's default concurrency, ceil(calls / concurrency) x latency, since no call
/// can take less than the latency. Each run refills the steps and lists the errors into
/// $errors without latency (not timed), then times only the action: gathering the piped errors and
/// sending the bulk calls.
/// </summary>
internal sealed class BulkActionScenario : IScenario
{
    private const int Steps = 10;
    private const int ErrorsPerStep = 1_000;
    private const int MaxIdsPerCall = 1000;
    private static readonly TimeSpan Latency = TimeSpan.FromMilliseconds(50);

    private const string ListErrors = "$errors = Get-CeligoFlow -IntegrationId $integrationId | Get-CeligoError; $errors.Count";

    private sealed record BulkAction(string Name, string Script, string Method, string PathTemplate);

    private static readonly BulkAction[] Actions =
    [
        new("Invoke-CeligoErrorRetry", "$null = $errors | Invoke-CeligoErrorRetry", "POST", "/v1/flows/{id}/{id}/retry"),
        new("Resolve-CeligoError", "$null = $errors | Resolve-CeligoError", "PUT", "/v1/flows/{id}/{id}/resolved"),
    ];

    public string Name => "bulk";
    public string Title => "4 Bulk retry/resolve";
    public string Description => $"{Steps * ErrorsPerStep:N0} open errors on {Steps} steps piped to Invoke-CeligoErrorRetry and Resolve-CeligoError, {Latency.TotalMilliseconds:0} ms per request, vs ceil(bulk calls / concurrency) x latency";
    public bool Heavy => true;

    public async Task RunAsync(BenchContext context)
    {
        var plan = context.PlanFor(this);
        context.Log($"arranging {Steps} flows");
        // Big error pages only make the untimed listing quicker; retry jobs finish at once so that
        // refilling a step between runs never races a retry still moving errors.
        await using var emulator = await BenchEmulator.StartAsync(o =>
        {
            o.ErrorPageSize = 1000;
            o.JobQueuedFor = TimeSpan.FromMilliseconds(1);
            o.JobRunsFor = TimeSpan.FromMilliseconds(1);
        });
        var integration = await emulator.CreateIntegrationAsync("Bench bulk");
        var steps = (await emulator.CloneThreeStepFlowsAsync(integration, Steps)).Select(flow => (Flow: flow, Step: emulator.State.StepIds(flow)[^1])).ToList();
        using var ps = PsRunspace.Connected(emulator);
        ps.SetVariable("integrationId", integration);
        var concurrency = Convert.ToInt32(ps.Invoke("(Get-CeligoContext).MaxConcurrency")[0].BaseObject);
        var expectedCalls = Steps * (int)Math.Ceiling(ErrorsPerStep / (double)MaxIdsPerCall);

        foreach (var action in Actions)
        {
            // A run refills the steps and lists the errors first (about ten seconds, untimed); warm-ups
            // do the same with a tenth of the errors, which runs the same code.
            context.Log($"{action.Name} ({plan}; each run refills {Steps * ErrorsPerStep:N0} errors and lists them first)");
            var runs = Measure.Repeat(plan, () => TimedAction(ps, emulator, steps, action, ErrorsPerStep),
                warmup: () => TimedAction(ps, emulator, steps, action, ErrorsPerStep / 10));
            var calls = runs.Select(r => r.Calls).Distinct().ToList();
            var measured = Stats.Median(runs, r => r.Elapsed.TotalMilliseconds);
            var bound = Math.Ceiling(expectedCalls / (double)concurrency) * Latency.TotalMilliseconds;
            context.Report.Value(Title, $"{action.Name}: {action.Method} …/{action.PathTemplate.Split('/')[^1]} calls per run",
                string.Join(", ", calls), calls.Count == 1 ? calls[0] : -1, Target.Exactly(expectedCalls, $"= {expectedCalls}"));
            context.Report.Compare(Title, $"{action.Name}: {Steps * ErrorsPerStep:N0} errors, {Latency.TotalMilliseconds:0} ms per request", Fmt.Ms(measured),
                Fmt.Ms(bound) + $" (bound, {concurrency} in flight)", measured / bound, Target.AtMost(1.2, "≤ 1.2x"));
            // Calls go out side by side, at most `concurrency` at a time: the sending phase alone against the bound.
            var gather = Stats.Median(runs, r => r.Gather.TotalMilliseconds);
            var sending = Stats.Median(runs, r => (r.Elapsed - r.Gather).TotalMilliseconds);
            context.Report.Note(Title, $"{action.Name}: other requests / piping and grouping before the first call / sending the calls",
                $"{runs[0].OtherRequests} / {Fmt.Ms(gather)} / {Fmt.Ms(sending)} ({sending / bound:0.00}x the bound)");
        }
        context.Report.Note(Title, $"sequential bound: {expectedCalls} calls x latency", Fmt.Ms(expectedCalls * Latency.TotalMilliseconds));
    }

    private static (long Calls, long OtherRequests, TimeSpan Elapsed, TimeSpan Gather) TimedAction(PsRunspace ps, BenchEmulator emulator,
        IReadOnlyList<(string Flow, string Step)> steps, BulkAction action, int errorsPerStep)
    {
        foreach (var (flow, step) in steps)
        {
            emulator.State.RemoveErrors(flow, step);
            emulator.State.AddOpenErrors(flow, step, errorsPerStep, retriable: true);
        }
        var (listed, _) = ps.TimedCount(ListErrors);
        if (listed != Steps * errorsPerStep)
        {
            throw new InvalidOperationException($"Listed {listed} errors, expected {Steps * errorsPerStep}.");
        }

        emulator.Counters.Reset();
        emulator.AddLatency(Latency);
        var start = DateTimeOffset.UtcNow;
        var (_, elapsed) = ps.Timed(action.Script);
        emulator.NoLatency();

        var calls = emulator.Counters.Count(action.Method, action.PathTemplate);
        // Requests are recorded when answered: the first call was sent one latency before that.
        var firstCall = emulator.Counters.Requests.Where(r => r.Method == action.Method).Select(r => r.Timestamp).DefaultIfEmpty(start).Min();
        var gather = firstCall - start - Latency;
        return (calls, emulator.Counters.Total - calls, elapsed, gather < TimeSpan.Zero ? TimeSpan.Zero : gather);
    }
}
