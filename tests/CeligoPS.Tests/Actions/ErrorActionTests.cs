using System.Management.Automation;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>Resolve, clear, assign, tag, fix retry data and retry-and-wait, each with -WhatIf changing nothing.</summary>
public sealed class ErrorActionTests
{
    private const string Flow = SeedIds.ShopifyOrdersFlow;
    private const string Step = SeedIds.NetSuiteSalesOrderImport;

    private static string ErrorsOfStep => $"Get-CeligoError -FlowId {Flow} -StepId {Step}";

    [Fact]
    public async Task Resolve_MovesErrorsToResolved_WithAResultPerError()
    {
        await using var c = await Connected.StartAsync();
        var open = c.Emulator.State.OpenErrorCount(Flow, Step);
        var resolvedBefore = c.Emulator.State.ResolvedErrorCount(Flow, Step);

        var result = c.Run($"{ErrorsOfStep} | Resolve-CeligoError -Confirm:$false");

        result.ShouldSucceed();
        Assert.Equal(open, result.Output.Count);
        Assert.All(result.Output, r => Assert.Equal(("Resolve", "Done"), ((string)r.Properties["Action"].Value!, (string)r.Properties["Status"].Value!)));
        Assert.Equal(0, c.Emulator.State.OpenErrorCount(Flow, Step));
        Assert.Equal(resolvedBefore + open, c.Emulator.State.ResolvedErrorCount(Flow, Step));
        Assert.Equal(1, c.Emulator.Counters.Count("PUT", $"/v1/flows/{Flow}/{Step}/resolved"));
    }

    [Fact]
    public async Task Resolve_WhatIf_ChangesNothing()
    {
        await using var c = await Connected.StartAsync();
        var open = c.Emulator.State.OpenErrorCount(Flow, Step);
        var result = c.Run($"{ErrorsOfStep} | Resolve-CeligoError -WhatIf");
        result.ShouldSucceed();
        Assert.Empty(result.Output);
        Assert.Equal(open, c.Emulator.State.OpenErrorCount(Flow, Step));
        Assert.Equal(0, c.Emulator.Counters.Count("PUT", "/v1/"));
    }

    [Fact]
    public async Task Resolve_2500Errors_TakesThreeCalls()
    {
        await using var c = await Connected.StartAsync();
        for (var i = 0; i < 2500; i++)
        {
            c.Emulator.State.AddOpenError(Flow, Step, null, retriable: true);
        }
        var result = c.Run($"{ErrorsOfStep} | Resolve-CeligoError -Confirm:$false");
        result.ShouldSucceed();
        Assert.Equal(0, c.Emulator.State.OpenErrorCount(Flow, Step));
        Assert.Equal(3, c.Emulator.Counters.Count("PUT", $"/v1/flows/{Flow}/{Step}/resolved"));
    }

    [Fact]
    public async Task ClearResolved_DeletesOnlyErrorsResolvedBeforeTheDate()
    {
        await using var c = await Connected.StartAsync();
        var (flow, step) = c.Emulator.State.FlowIds.SelectMany(f => c.Emulator.State.StepIds(f).Select(s => (f, s)))
            .First(fs => c.Emulator.State.ResolvedErrorCount(fs.f, fs.s) > 0);
        var before = c.Emulator.State.ResolvedErrorCount(flow, step);

        var whatIf = c.Run($"Clear-CeligoResolvedError -FlowId {flow} -StepId {step} -OlderThan (Get-Date) -WhatIf");
        whatIf.ShouldSucceed();
        Assert.Equal(before, c.Emulator.State.ResolvedErrorCount(flow, step));
        Assert.Equal(0, c.Emulator.Counters.Count("DELETE", "/v1/"));

        var none = c.Run($"Clear-CeligoResolvedError -FlowId {flow} -StepId {step} -OlderThan '2000-01-01' -Confirm:$false");
        none.ShouldSucceed();
        Assert.Empty(none.Output);

        var all = c.Run($"Clear-CeligoResolvedError -FlowId {flow} -StepId {step} -OlderThan (Get-Date).AddMinutes(1) -Confirm:$false");
        all.ShouldSucceed();
        Assert.Equal(before, all.Output.Count);
        Assert.Equal(0, c.Emulator.State.ResolvedErrorCount(flow, step));
    }

    [Fact]
    public async Task Assign_ToAnAccountUser_AndWhatIfChangesNothing()
    {
        await using var c = await Connected.StartAsync();
        var email = c.Run("Get-CeligoUser | Where-Object AccessLevel -eq 'manage' | ForEach-Object Email").Output[0].ToString();

        var whatIf = c.Run($"{ErrorsOfStep} | Set-CeligoErrorAssignee -Email {email} -WhatIf");
        whatIf.ShouldSucceed();
        Assert.Equal(0, c.Emulator.Counters.Count("PUT", "/v1/"));

        var result = c.Run($"{ErrorsOfStep} | Set-CeligoErrorAssignee -Email {email} -Confirm:$false");
        result.ShouldSucceed();
        Assert.All(c.Emulator.State.OpenErrors(Flow, Step), e => Assert.Equal(email, (string?)e["assignedTo"]));
        var after = c.Run(ErrorsOfStep);
        Assert.All(after.Output, e => Assert.Equal(email, e.Properties["AssignedTo"].Value));
    }

    [Fact]
    public async Task Assign_ToSomeoneWhoIsNotAUser_IsRefusedByTheApi_PerStep()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run($"{ErrorsOfStep} | Set-CeligoErrorAssignee -Email nobody@example.com -Confirm:$false");
        var error = Assert.Single(result.Errors);
        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.All(result.Output, r => Assert.Equal("Failed", r.Properties["Status"].Value));
    }

    [Fact]
    public async Task Tag_ByLabel_ThenClear()
    {
        await using var c = await Connected.StartAsync();
        var tag = c.Run("Get-CeligoTag -First 1").Output[0];
        var label = (string)tag.Properties["Tag"].Value!;
        var code = (string)tag.Properties["TagId"].Value!;

        var whatIf = c.Run($"{ErrorsOfStep} | Set-CeligoErrorTag -Tag '{label}' -WhatIf");
        whatIf.ShouldSucceed();
        Assert.Equal(0, c.Emulator.Counters.Count("PUT", "/v1/"));

        c.Run($"{ErrorsOfStep} | Set-CeligoErrorTag -Tag '{label}' -Confirm:$false").ShouldSucceed();
        Assert.All(c.Emulator.State.OpenErrors(Flow, Step), e => Assert.Equal(new[] { code }, e["tags"]!.AsArray().Select(t => (string)t!)));

        c.Run($"{ErrorsOfStep} | Set-CeligoErrorTag -Tag @() -Confirm:$false").ShouldSucceed();
        Assert.All(c.Emulator.State.OpenErrors(Flow, Step), e => Assert.Empty(e["tags"]?.AsArray() ?? new System.Text.Json.Nodes.JsonArray()));

        var unknown = c.Run($"{ErrorsOfStep} | Set-CeligoErrorTag -Tag 'no such tag' -Confirm:$false");
        Assert.Contains("No tag is labelled or coded", unknown.Errors[0].Exception.Message);
    }

    [Fact]
    public async Task RetryData_IsFixedThenRetried()
    {
        await using var c = await Connected.StartAsync();
        var key = (string)c.Emulator.State.OpenErrors(Flow, Step).First(e => !string.IsNullOrEmpty((string?)e["retryDataKey"]))["retryDataKey"]!;
        var script = $"$d = Get-CeligoErrorRetryData -FlowId {Flow} -StepId {Step} -RetryDataKey {key}; $d.Data.email = 'fixed@example.com'; $d | Set-CeligoErrorRetryData -Retry -Confirm:$false";

        var whatIf = c.Run(script.Replace("-Confirm:$false", "-WhatIf"));
        whatIf.ShouldSucceed();
        Assert.Equal(0, c.Emulator.Counters.Count("PUT", "/v1/"));

        var result = c.Run(script);
        result.ShouldSucceed();
        var stored = c.Run($"Get-CeligoErrorRetryData -FlowId {Flow} -StepId {Step} -RetryDataKey {key}").Output[0];
        Assert.Equal("fixed@example.com", ((PSObject)stored.Properties["Data"].Value!).Properties["email"].Value);
        Assert.Equal(1, c.Emulator.Counters.RetriedCount(Flow, Step, key));
    }

    [Fact]
    public async Task FailedJobsSinceYesterday_RetryWait_RetriesTheirErrors_AndReportsTheRetryJobs()
    {
        await using var c = await Connected.StartAsync();
        c.Run($"Invoke-CeligoFlow -Id {SeedIds.FulfillmentsFlow} -Wait -Confirm:$false"); // a run that fails now, leaving errors
        c.Emulator.Counters.Reset();
        var failed = c.Run("Get-CeligoJob -Status Failed -Since (Get-Date).AddDays(-1) | ForEach-Object Id").Output.Select(o => o.ToString()).ToHashSet();
        Assert.NotEmpty(failed);
        var expected = c.Emulator.State.FlowIds.SelectMany(f => c.Emulator.State.StepIds(f).SelectMany(s => c.Emulator.State.OpenErrors(f, s)
            .Where(e => failed.Contains((string?)e["_flowJobId"] ?? "") && !string.IsNullOrEmpty((string?)e["retryDataKey"]))
            .Select(e => (f, s, (string)e["retryDataKey"]!)))).ToList();

        var result = c.Run("Get-CeligoJob -Status Failed -Since (Get-Date).AddDays(-1) | Invoke-CeligoErrorRetry -Wait -Confirm:$false");

        result.ShouldSucceed();
        Assert.All(expected, e => Assert.Equal(1, c.Emulator.Counters.RetriedCount(e.f, e.s, e.Item3)));
        var retryJobs = result.Output.Where(o => o.TypeNames.Contains("CeligoPS.Job")).ToList();
        Assert.Equal(c.Emulator.Counters.JobsCreated("retry"), retryJobs.Count);
        Assert.All(retryJobs, j => Assert.Equal(("retry", "completed"), ((string)j.Properties["Type"].Value!, (string)j.Properties["Status"].Value!)));
    }

    [Fact]
    public async Task Retry_ThatFailsPartWay_ReportsWhatWentWhatMayHaveAndWhatDidNot()
    {
        await using var c = await Connected.StartAsync();
        for (var i = 0; i < 2500; i++)
        {
            c.Emulator.State.AddOpenError(Flow, Step, null, retriable: true);
        }
        c.Emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = $"/v1/flows/{Flow}/{Step}/retry", Kind = FaultKind.Status, StatusCode = 500, SkipFirst = 1 });

        var keys = c.Emulator.State.OpenErrors(Flow, Step).Select(x => (string?)x["retryDataKey"]).OfType<string>().ToList();

        var result = c.Run($"{ErrorsOfStep} | Invoke-CeligoErrorRetry -Confirm:$false");

        // Batches go out side by side, so which one meets the fault varies; the accounting may not.
        var sent = Assert.Single(result.Output);
        var error = Assert.Single(result.Errors);
        Assert.Equal(System.Management.Automation.ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        var told = System.Text.RegularExpressions.Regex.Match(error.Exception.Message, @"Of (\d+) retry data keys: (\d+) accepted, (\d+) in the call that failed .*, (\d+) not sent");
        Assert.True(told.Success, error.Exception.Message);
        var (total, accepted, failed, notSent) = (int.Parse(told.Groups[1].Value), int.Parse(told.Groups[2].Value), int.Parse(told.Groups[3].Value), int.Parse(told.Groups[4].Value));
        Assert.Equal(keys.Count, total);
        Assert.Equal(total, accepted + failed + notSent);
        Assert.InRange(failed, 1, 1000); // one batch met the fault
        Assert.Equal(accepted, (int)sent.Properties["Count"].Value!);
        Assert.Equal(accepted, keys.Count(k => c.Emulator.Counters.RetriedCount(Flow, Step, k) == 1));
        Assert.DoesNotContain(keys, k => c.Emulator.Counters.RetriedCount(Flow, Step, k) > 1);
    }
}
