using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>A step of more than 1000 errors is retried in several calls, each starting a job: -Wait waits for, and returns, every one.</summary>
public sealed class RetryWaitTests
{
    [Fact]
    public async Task RetryWait_OfAStepRetriedInTwoCalls_WaitsForAndReturnsBothJobs()
    {
        await using var c = await Connected.StartAsync();
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = c.Emulator.State.StepIds(flow)[0];
        c.Emulator.State.AddOpenErrors(flow, step, 1500, retriable: true);

        var result = c.Run($"Get-CeligoError -FlowId {flow} -StepId {step} | Invoke-CeligoErrorRetry -Wait -Confirm:$false");

        result.ShouldSucceed();
        Assert.Equal(2, c.Emulator.Counters.Count("POST", "/v1/flows/{id}/{id}/retry"));
        var jobs = result.Output.Where(o => o.TypeNames.Contains("CeligoPS.Job")).ToList();
        Assert.Equal(2, jobs.Count);
        Assert.All(jobs, j => Assert.Contains((string)j.Properties["Status"].Value, new[] { "completed", "failed", "canceled" }));
        Assert.Equal(2, jobs.Select(j => (string)j.Properties["Id"].Value).Distinct().Count());
    }
}
