using CeligoPS.Bench.Hosting;

namespace CeligoPS.Bench.Scenarios;

/// <summary>
/// An emulator whose account has extra flows holding exactly the given numbers of completed jobs
/// (the seeded flows keep their own small history, so listings by these flows count exactly).
/// The rate bucket is off: listings here are about throughput, and back-to-back runs of a
/// 100-page listing would otherwise drain the 1000-request bucket and measure the waits instead.
/// </summary>
internal static class JobsAccount
{
    public static async Task<(BenchEmulator Emulator, IReadOnlyList<string> FlowIds)> StartAsync(params int[] jobsPerFlow)
    {
        var emulator = await BenchEmulator.StartAsync(o => o.EnforceRateLimit = false);
        var integration = await emulator.CreateIntegrationAsync("Bench jobs");
        var flows = await emulator.CloneThreeStepFlowsAsync(integration, jobsPerFlow.Length);
        // Newest a minute ago, one job per second going back: createdAt values are distinct, so every
        // page boundary repeats exactly one row, which both the client and the baseline must drop.
        var newest = DateTime.UtcNow.AddMinutes(-1);
        for (var i = 0; i < flows.Count; i++)
        {
            emulator.State.AddJobs(flows[i], jobsPerFlow[i], newest, sharedMillisecondEvery: 1);
        }
        return (emulator, flows);
    }
}
