using CeligoPS.Tests.Help;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Examples;

/// <summary>examples/Demo.ps1 and the runbook samples, run in the hosted engine against the emulator.</summary>
public sealed class ExampleScriptTests
{
    private static string Script(string relative) => Path.Combine(RepoPaths.Root, relative).Replace("'", "''");

    [Fact]
    public async Task Demo_ChecksHealth_AndRetriesEveryRetriableErrorOfTheFailedJobs()
    {
        await using var p = await ScriptExamples.PreparedHost.StartAsync();

        var result = p.Host.Run($"& '{Script("examples/Demo.ps1")}' -BaseUri {p.BaseUri} -Token {ScriptExamples.DocumentedToken}");

        result.ShouldSucceed();
        var summary = result.Output.Last();
        Assert.True((int)summary.Properties["FailedJobs"].Value > 0);
        Assert.True((int)summary.Properties["OpenErrors"].Value > 0);
        Assert.Equal((int)summary.Properties["Retriable"].Value, (int)summary.Properties["RetriedErrors"].Value);
        Assert.Equal((int)summary.Properties["RetriedSteps"].Value, p.Emulator.Counters.JobsCreated("retry"));
    }

    [Fact]
    public async Task Demo_WithWhatIf_RetriesNothing()
    {
        await using var p = await ScriptExamples.PreparedHost.StartAsync();
        var result = p.Host.Run($"& '{Script("examples/Demo.ps1")}' -BaseUri {p.BaseUri} -Token {ScriptExamples.DocumentedToken} -WhatIf");
        result.ShouldSucceed();
        Assert.Equal(0, p.Emulator.Counters.Count("POST", "/v1/"));
        Assert.Equal(0, (int)result.Output.Last().Properties["RetriedErrors"].Value);
    }

    [Fact]
    public async Task HealthCheckRunbook_WritesASummary()
    {
        await using var p = await ScriptExamples.PreparedHost.StartAsync();
        var result = p.Host.Run($"& '{Script("examples/runbooks/Invoke-CeligoDailyHealthCheck.ps1")}' -BaseUri {p.BaseUri} -Token {ScriptExamples.DocumentedToken} -Hours 48");
        result.ShouldSucceed();
        var summary = Assert.Single(result.Output);
        Assert.True((int)summary.Properties["FailedJobs"].Value > 0);
        Assert.False((bool)summary.Properties["Healthy"].Value);
        Assert.Equal(0, p.Emulator.Counters.Count("POST", "/v1/"));
    }

    [Fact]
    public async Task TransientRetryRunbook_RetriesOnlyTransientErrors()
    {
        await using var p = await ScriptExamples.PreparedHost.StartAsync();
        var transient = p.Host.Run("Get-CeligoJob -Type flow -Status Failed -Since (Get-Date).AddHours(-48) | Get-CeligoError | " +
                                   "Where-Object { $_.Retriable -and ($_.Classification -in 'connection','intermittent','governance' -or $_.Source -eq 'connection') } | ForEach-Object RetryDataKey");
        transient.ShouldSucceed();
        Assert.NotEmpty(transient.Output); // the seeded account has transient errors, so the runbook has work to do
        p.Emulator.Counters.Reset();

        var result = p.Host.Run($"& '{Script("examples/runbooks/Invoke-CeligoTransientErrorRetry.ps1")}' -BaseUri {p.BaseUri} -Token {ScriptExamples.DocumentedToken} -Hours 48");

        result.ShouldSucceed();
        var summary = result.Output.Last();
        Assert.Equal(transient.Output.Count, (int)summary.Properties["TransientErrors"].Value);
        Assert.Equal(transient.Output.Count, (int)summary.Properties["RetriedErrors"].Value);
    }
}
