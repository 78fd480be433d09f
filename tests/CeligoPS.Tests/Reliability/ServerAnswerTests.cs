using System.Management.Automation;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Reliability;

/// <summary>Answers that end a command: each says what happened and what to do, without waiting for nothing.</summary>
public sealed class ServerAnswerTests
{
    [Fact]
    public async Task A429AskingForLongerThanTheCallMayWait_FailsAtOnce_AsLimitsExceeded_SayingTheWait()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/flows", Kind = FaultKind.Status, StatusCode = 429, RetryAfterSeconds = 600, Times = -1 });
        c.Emulator.Counters.Reset();

        var result = c.Run("Get-CeligoFlow");

        var error = Assert.Single(result.AllErrors);
        Assert.Equal(ErrorCategory.LimitsExceeded, error.CategoryInfo.Category);
        Assert.Contains("asked to wait 600 s", error.Exception.Message);
        Assert.Equal(1, c.Emulator.Counters.Count("GET", "/v1/flows"));
    }

    [Fact]
    public async Task InvokeRestMethod_RetriesACutJsonAnswer_AndNamesTheCallWhenItStaysCut()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/flows", Kind = FaultKind.TruncatedBody, Times = 1 });
        var once = c.Run("Invoke-CeligoRestMethod -Path /v1/flows");
        once.ShouldSucceed();
        Assert.NotEmpty(once.Output);

        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/integrations", Kind = FaultKind.TruncatedBody, Times = -1 });
        var always = c.Run("Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken -MaximumRetryCount 1 -RetryInterval 0.05; Invoke-CeligoRestMethod -Path /v1/integrations");
        var error = Assert.Single(always.AllErrors);
        Assert.Contains("GET /v1/integrations", error.Exception.Message);
        Assert.Contains("not complete JSON", error.Exception.Message);
    }

    [Fact]
    public async Task A5xxToARun_IsNotSentAgain_AndSaysToCheckBeforeSendingAgain()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = $"/v1/flows/{SeedIds.ShopifyOrdersFlow}/run", Kind = FaultKind.Status, StatusCode = 500, Times = -1 });
        c.Emulator.Counters.Reset();

        var result = c.Run($"Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Confirm:$false");

        var error = Assert.Single(result.AllErrors);
        Assert.Contains("may have carried it out", error.Exception.Message);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        Assert.Equal(1, c.Emulator.Counters.Count("POST", "/v1/flows/{id}/run"));
    }

    [Fact]
    public async Task AWaitThatLosesItsPolls_SaysTheRunWasStarted_AndAsWhichJob()
    {
        await using var c = await Connected.StartAsync();
        // Every poll of a job is refused once the run has started.
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/jobs", Kind = FaultKind.Status, StatusCode = 400, Times = -1 });

        var result = c.Run($"Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Wait -Confirm:$false");

        var error = Assert.Single(result.AllErrors);
        var started = c.Emulator.State.All("jobs").First(j => (string?)j["_flowId"] == SeedIds.ShopifyOrdersFlow && (string?)j["type"] == "flow");
        Assert.Contains("Started, but could not be followed", error.Exception.Message);
        Assert.Contains((string)started["_id"]!, error.Exception.Message);
    }

    [Fact]
    public async Task RetryDecisions_ShowWithDebugPreference_WithoutAskingAnything()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/flows", Kind = FaultKind.Status, StatusCode = 503, RetryAfterSeconds = 0, Times = 1 });

        // What about_CeligoPS recommends for scripts and runbooks (not -Debug, which asks at every line).
        var result = c.Run("$DebugPreference = 'Continue'; Get-CeligoFlow | Out-Null");

        result.ShouldSucceed();
        Assert.Contains(result.Debug, d => d.Contains("Retrying after status 503"));
        var about = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "en-US", "about_CeligoPS.help.md"));
        Assert.Contains("$DebugPreference = 'Continue'", about);
    }
}
