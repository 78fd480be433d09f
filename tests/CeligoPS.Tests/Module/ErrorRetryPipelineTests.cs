using System.Text.Json.Nodes;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>The pipeline users asked for by name: Get-CeligoJob -Status Failed | Invoke-CeligoErrorRetry.</summary>
public sealed class ErrorRetryPipelineTests
{
    /// <summary>Every (flow, step, retryDataKey) of an open, retriable error left by a failed flow job.</summary>
    private static List<(string Flow, string Step, string Key)> RetriableErrorsOfFailedJobs(Connected c)
    {
        var state = c.Emulator.State;
        var failedJobs = state.FailedFlowJobIds.ToHashSet();
        Assert.NotEmpty(failedJobs);
        var expected = new List<(string, string, string)>();
        foreach (var flowId in state.FlowIds)
        {
            foreach (var stepId in state.StepIds(flowId))
            {
                foreach (var error in state.OpenErrors(flowId, stepId))
                {
                    var jobId = (string?)error["_flowJobId"];
                    var key = (string?)error["retryDataKey"];
                    if (jobId != null && failedJobs.Contains(jobId) && !string.IsNullOrEmpty(key))
                    {
                        expected.Add((flowId, stepId, key));
                    }
                }
            }
        }
        return expected;
    }

    [Fact]
    public async Task FailedJobsPipedToRetry_RetryEveryOpenErrorOfEveryFailedJob_ExactlyOnce()
    {
        await using var c = await Connected.StartAsync();
        var expected = RetriableErrorsOfFailedJobs(c);
        Assert.True(expected.Count >= 3, "the seeded account should have several retriable errors on failed jobs");

        var result = c.Run("Get-CeligoJob -Status Failed | Invoke-CeligoErrorRetry -Confirm:$false");

        result.ShouldSucceed();
        foreach (var (flow, step, key) in expected)
        {
            Assert.Equal(1, c.Emulator.Counters.RetriedCount(flow, step, key));
        }
        var sent = result.Output.Sum(o => (int)o.Properties["Count"].Value);
        Assert.Equal(expected.Count, sent);
        // One retry call per step, never one per error.
        var steps = expected.Select(e => (e.Flow, e.Step)).Distinct().Count();
        Assert.Equal(steps, c.Emulator.Counters.Count("POST", "/v1/flows/"));
        Assert.Equal(steps, c.Emulator.Counters.JobsCreated("retry"));
        // The retried errors left the open list.
        Assert.Empty(RetriableErrorsOfFailedJobs(c));
    }

    [Fact]
    public async Task WhatIf_ChangesNothing()
    {
        await using var c = await Connected.StartAsync();
        var before = RetriableErrorsOfFailedJobs(c);

        var result = c.Run("Get-CeligoJob -Status Failed | Invoke-CeligoErrorRetry -WhatIf");

        result.ShouldSucceed();
        Assert.Empty(result.Output);
        Assert.Equal(0, c.Emulator.Counters.Count("POST", "/v1/"));
        Assert.Equal(0, c.Emulator.Counters.JobsCreated("retry"));
        Assert.Equal(before, RetriableErrorsOfFailedJobs(c));
    }

    [Fact]
    public async Task ErrorsPipedTwice_AreRetriedOnce()
    {
        await using var c = await Connected.StartAsync();
        var flow = CeligoPS.Emulator.SeedIds.ShopifyOrdersFlow;
        var result = c.Run($"$e = Get-CeligoError -FlowId {flow}; @($e) + @($e) | Invoke-CeligoErrorRetry -Confirm:$false");
        result.ShouldSucceed();
        var retried = c.Emulator.Counters.Requests.Count(r => r.Method == "POST");
        Assert.True(retried >= 1);
        foreach (var r in result.Output)
        {
            foreach (var key in (IEnumerable<string>)r.Properties["RetryDataKeys"].Value)
            {
                Assert.Equal(1, c.Emulator.Counters.RetriedCount(flow, (string)r.Properties["StepId"].Value, key));
            }
        }
    }

    [Fact]
    public async Task ErrorsWithoutRetryData_AreSkippedWithAWarning()
    {
        await using var c = await Connected.StartAsync();
        var flow = CeligoPS.Emulator.SeedIds.ShopifyOrdersFlow;
        var step = CeligoPS.Emulator.SeedIds.NetSuiteSalesOrderImport;
        c.Emulator.State.AddOpenError(flow, step, null, retriable: false);

        var result = c.Run($"Get-CeligoError -FlowId {flow} -StepId {step} | Where-Object {{ -not $_.Retriable }} | Invoke-CeligoErrorRetry -Confirm:$false");

        result.ShouldSucceed();
        Assert.Contains(result.Warnings, w => w.Contains("no retry data"));
        Assert.Equal(0, c.Emulator.Counters.Count("POST", "/v1/"));
    }
}
