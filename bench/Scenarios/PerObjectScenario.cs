using System.Globalization;
using CeligoPS.Bench.Hosting;

namespace CeligoPS.Bench.Scenarios;

/// <summary>
/// 5. What one more pipeline stage costs per object: <c>Get-CeligoJob ... | Invoke-CeligoErrorRetry
/// -WhatIf</c> against <c>Get-CeligoJob ...</c> alone, over the same 200 jobs. A job piped to the
/// retry cmdlet means "the open errors of that job", so the cmdlet looks them up per job (DESIGN.md
/// §3, Pipeline); -WhatIf stops only the retries. Those look-ups are several requests per job, and
/// the client keeps to the account's rate (1000 requests at once, then 300 per second), shared by every
/// session of the token, so each run first waits for the bucket to fill again, then its burst covers
/// the 200 jobs; one more run right after, its burst spent, shows the sustained rate a long pipeline
/// settles at.
/// </summary>
internal sealed class PerObjectScenario : IScenario
{
    private const int Jobs = 200;
    private const int SustainedJobs = 400;

    // 1000 requests at 300 per second, and a little more.
    private static readonly TimeSpan RefillTime = TimeSpan.FromSeconds(3.5);

    private const string Alone = "Get-CeligoJob -FlowId $flowId | & { begin { $n = 0 } process { $n++ } end { $n } }";
    private const string WithRetry = "Get-CeligoJob -FlowId $flowId | Invoke-CeligoErrorRetry -WhatIf";

    public string Name => "overhead";
    public string Title => "5 Per-object overhead";
    public string Description => $"Get-CeligoJob | Invoke-CeligoErrorRetry -WhatIf vs Get-CeligoJob alone, {Jobs} jobs, microseconds per object";
    public bool Heavy => false;

    public async Task RunAsync(BenchContext context)
    {
        var plan = context.PlanFor(this);
        context.Log($"arranging {Jobs} + {SustainedJobs} jobs");
        var (emulator, flows) = await JobsAccount.StartAsync(Jobs, SustainedJobs);
        await using var _ = emulator;

        context.Log($"alone and with Invoke-CeligoErrorRetry -WhatIf, a fresh session per run after the bucket refills ({plan})");
        PsRunspace? last = null;
        var runs = Measure.Repeat(plan, () =>
        {
            last?.Dispose();
            Thread.Sleep(RefillTime); // the account's bucket, spent by the run before, fills again
            last = PsRunspace.Connected(emulator);
            last.SetVariable("flowId", flows[0]);
            var (count, alone) = last.TimedCount(Alone);
            if (count != Jobs)
            {
                throw new InvalidOperationException($"Listed {count} jobs, expected {Jobs}.");
            }
            var before = emulator.Counters.Total;
            var (_, withRetry) = last.Timed(WithRetry);
            return (Alone: alone, WithRetry: withRetry, Requests: emulator.Counters.Total - before);
        });
        double PerObject(TimeSpan t, int n) => t.TotalMilliseconds * 1000 / n;
        var alone = Stats.Median(runs, r => PerObject(r.Alone, Jobs));
        var withRetry = Stats.Median(runs, r => PerObject(r.WithRetry, Jobs));
        context.Report.Compare(Title, $"Get-CeligoJob | Invoke-CeligoErrorRetry -WhatIf, per job ({Jobs} jobs)", Fmt.Us(withRetry), Fmt.Us(alone) + " (Get-CeligoJob alone)",
            withRetry / alone, null);
        var requestsPerJob = runs[0].Requests / (double)Jobs;
        context.Report.Note(Title, "added cost per job of the retry stage / requests per job (family, flow, each step's errors)",
            $"{Fmt.Us(withRetry - alone)} / {requestsPerJob.ToString("0.0", CultureInfo.InvariantCulture)}");

        context.Log($"sustained: {SustainedJobs} jobs on the same session, its burst spent (one run)");
        using (last!)
        {
            last!.SetVariable("flowId", flows[1]);
            var before = emulator.Counters.Total;
            var (_, sustained) = last.Timed(WithRetry);
            var requests = emulator.Counters.Total - before;
            context.Report.Note(Title, $"sustained, {SustainedJobs} more jobs on the spent session: per job / requests per second",
                $"{Fmt.Us(PerObject(sustained, SustainedJobs))} / {(requests / sustained.TotalSeconds).ToString("#,0", CultureInfo.InvariantCulture)}");
        }
    }
}
