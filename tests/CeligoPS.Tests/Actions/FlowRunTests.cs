using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>Invoke-CeligoFlow, Wait-CeligoJob and Stop-CeligoJob against the emulator's moving jobs.</summary>
public sealed class FlowRunTests
{
    [Fact]
    public async Task RunWait_ToCompletion()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run($"Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Wait -Confirm:$false");
        result.ShouldSucceed();
        var job = Assert.Single(result.Output);
        Assert.Equal("completed", job.Properties["Status"].Value);
        Assert.Equal(SeedIds.ShopifyOrdersFlow, job.Properties["FlowId"].Value);
        Assert.Equal(1, c.Emulator.Counters.JobsCreated("flow"));
    }

    [Fact]
    public async Task RunWait_ToFailure_ReturnsTheJobAndReportsAnError()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run($"Get-CeligoFlow -Id {SeedIds.FulfillmentsFlow} | Invoke-CeligoFlow -Wait -Timeout 60 -Confirm:$false");
        var job = Assert.Single(result.Output);
        Assert.Equal("failed", job.Properties["Status"].Value);
        var error = Assert.Single(result.Errors);
        Assert.Contains("failed with", error.Exception.Message);
        Assert.Contains("Get-CeligoError", error.Exception.Message);
    }

    [Fact]
    public async Task Run_WithADateWindowAndSources_ReturnsTheQueuedJob()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run($"Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -ExportId {SeedIds.ShopifyOrdersExport} -StartDate '2024-01-01' -EndDate '2024-01-31' -Confirm:$false");
        result.ShouldSucceed();
        var job = Assert.Single(result.Output);
        Assert.Contains(job.Properties["Status"].Value as string, new[] { "queued", "running" });
        Assert.Equal(1, c.Emulator.Counters.JobsCreated("flow"));
    }

    [Fact]
    public async Task Run_WhatIf_StartsNothing_AndNamesTheFlow()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run($"Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -WhatIf");
        result.ShouldSucceed();
        Assert.Empty(result.Output);
        Assert.Equal(0, c.Emulator.Counters.Count("POST", "/v1/"));
        Assert.Equal(0, c.Emulator.Counters.JobsCreated("flow"));
    }

    [Fact]
    public async Task Run_OfADisabledFlow_IsRefusedWithInactiveFlow()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run($"Invoke-CeligoFlow -Id {SeedIds.DisabledFlow} -Confirm:$false");
        var error = Assert.Single(result.Errors);
        Assert.StartsWith("inactive_flow", error.FullyQualifiedErrorId);
        Assert.Equal(0, c.Emulator.Counters.JobsCreated("flow"));
    }

    [Fact]
    public async Task PipedJobs_AreWaitedFor_AndStopCancelsARunningJob()
    {
        await using var c = await Connected.StartAsync(o => o.JobRunsFor = TimeSpan.FromMinutes(5));
        var started = c.Run($"Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Confirm:$false");
        started.ShouldSucceed();
        var jobId = (string)started.Output[0].Properties["Id"].Value!;

        var stopped = c.Run($"Get-CeligoJob -Id {jobId} | Stop-CeligoJob -Wait -Confirm:$false");

        stopped.ShouldSucceed();
        Assert.Equal("canceled", Assert.Single(stopped.Output).Properties["Status"].Value);
        Assert.Equal(1, c.Emulator.Counters.Count("PUT", $"/v1/jobs/{jobId}/cancel"));

        var waited = c.Run($"Wait-CeligoJob -Id {jobId}");
        waited.ShouldSucceed();
        Assert.Equal("canceled", Assert.Single(waited.Output).Properties["Status"].Value);
    }

    [Fact]
    public async Task Stop_WhatIf_CancelsNothing()
    {
        await using var c = await Connected.StartAsync(o => o.JobRunsFor = TimeSpan.FromMinutes(5));
        var jobId = (string)c.Run($"Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Confirm:$false").Output[0].Properties["Id"].Value!;
        var result = c.Run($"Stop-CeligoJob -Id {jobId} -WhatIf");
        result.ShouldSucceed();
        Assert.Equal(0, c.Emulator.Counters.Count("PUT", "/v1/jobs/"));
        Assert.NotEqual("canceling", (string)c.Emulator.State.Get("jobs", jobId)!["status"]!);
    }

    [Fact]
    public async Task WaitTimeout_ReturnsTheRunningJob_AndSaysItGoesOn()
    {
        await using var c = await Connected.StartAsync(o => o.JobRunsFor = TimeSpan.FromMinutes(5));
        var result = c.Run($"Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Wait -Timeout 2 -Confirm:$false");
        Assert.Contains(Assert.Single(result.Output).Properties["Status"].Value as string, new[] { "queued", "running" });
        Assert.Contains("goes on in integrator.io", Assert.Single(result.Errors).Exception.Message);
    }

    /// <summary>The run POST starts a job: after a 5xx or a timeout it is not sent again; after a 429 it is.</summary>
    [Fact]
    public async Task RunPost_IsNotResentAfter5xxOrTimeout_ButIsAfter429()
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        using var client = new CeligoClient(emulator.BaseUri, new SecretToken(Connected.Token),
            // Attempts get 2 s: a loaded test machine can take over 1 s to answer a plain POST.
            new CeligoClientOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(20), AttemptTimeout = TimeSpan.FromSeconds(2) });
        var run = $"/v1/flows/{SeedIds.ShopifyOrdersFlow}/run";

        emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = run, Kind = FaultKind.Status, StatusCode = 503 });
        await Assert.ThrowsAsync<CeligoApiException>(() => client.RunFlowAsync(SeedIds.ShopifyOrdersFlow, null, default));
        Assert.Equal(1, emulator.Counters.Count("POST", run));

        emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = run, Kind = FaultKind.Latency, Delay = TimeSpan.FromSeconds(5) });
        await Assert.ThrowsAsync<CeligoTransportException>(() => client.RunFlowAsync(SeedIds.ShopifyOrdersFlow, null, default));
        await Task.Delay(3500); // let the delayed attempt reach the emulator's counters
        Assert.Equal(2, emulator.Counters.Count("POST", run)); // the timed-out POST was not sent again

        emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = run, Kind = FaultKind.Status, StatusCode = 429, RetryAfterSeconds = 1 });
        var jobId = await client.RunFlowAsync(SeedIds.ShopifyOrdersFlow, new RunOptions(), default);
        Assert.Equal(4, emulator.Counters.Count("POST", run));
        Assert.NotNull(emulator.State.Get("jobs", jobId));
        Assert.Equal(1, emulator.Counters.JobsCreated("flow")); // exactly one run: the one re-sent after the 429
    }
}
