using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// A run of a flow whose page generators do not run in parallel (celigo-api.md §6, §9 #10): Celigo's UI
/// expects one flow job per generator, one after the other, and the run's answer names only the first.
/// -Wait follows every flow job the run started, under both behaviours.
/// </summary>
public sealed class FlowRunJobsTests
{
    private const string Flow = SeedIds.StandaloneFlow;

    public static TheoryData<bool, int> Behaviours => new() { { false, 2 }, { true, 1 } };

    [Theory]
    [MemberData(nameof(Behaviours))]
    public async Task Wait_FollowsEveryFlowJobTheRunStarted(bool oneFlowJob, int jobs)
    {
        await using var c = await Connected.StartAsync(o => o.RunsStartOneFlowJob = oneFlowJob);
        var before = c.Emulator.State.All("jobs").Count(j => (string?)j["_flowId"] == Flow && (string?)j["type"] == "flow");

        var result = c.Run($"Invoke-CeligoFlow -Id {Flow} -Wait -Timeout 00:01:00");

        Assert.Null(result.Terminating);
        var flowJobs = c.Emulator.State.All("jobs").Where(j => (string?)j["_flowId"] == Flow && (string?)j["type"] == "flow").ToList();
        Assert.Equal(before + jobs, flowJobs.Count);
        var started = flowJobs.Take(jobs).Select(j => (string)j["_id"]!).OrderBy(i => i);
        Assert.Equal(started, result.Output.Select(o => (string)o.Properties["Id"].Value).OrderBy(i => i));
        Assert.All(result.Output, o => Assert.Contains((string)o.Properties["Status"].Value, new[] { "completed", "failed" }));
        // The flow fails at every run: each job that ended failed is also reported as an error.
        Assert.Equal(jobs, result.Errors.Count);
    }

    [Fact]
    public async Task Wait_OfARunOfOneChosenGenerator_FollowsOneJob()
    {
        await using var c = await Connected.StartAsync();
        var second = c.Emulator.State.StepIds(Flow)[1];

        var result = c.Run($"Invoke-CeligoFlow -Id {Flow} -ExportId {second} -Wait");

        var job = Assert.Single(result.Output);
        Assert.Equal(second, c.Emulator.State.Get("jobs", (string)job.Properties["Id"].Value)!["_exportId"]!.ToString());
    }
}
