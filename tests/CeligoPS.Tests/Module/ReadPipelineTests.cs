using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>Objects of one command feed the next without ForEach-Object.</summary>
public sealed class ReadPipelineTests
{
    [Fact]
    public async Task IntegrationByWildcard_ToFlows_ToErrors()
    {
        await using var c = await Connected.StartAsync();
        var flows = c.Emulator.State.All("flows").Where(f => (string?)f["_integrationId"] == SeedIds.ShopifyIntegration).Select(f => (string)f["_id"]!).ToList();
        var expected = flows.Sum(f => c.Emulator.State.StepIds(f).Sum(s => c.Emulator.State.OpenErrorCount(f, s)));
        Assert.True(expected > 0);

        var result = c.Run("Get-CeligoIntegration -Name 'shopify*' | Get-CeligoFlow | Get-CeligoError");

        result.ShouldSucceed();
        Assert.Equal(expected, result.Output.Count);
        Assert.All(result.Output, e => Assert.Contains((string)e.Properties["FlowId"].Value, flows));
        Assert.All(result.Output, e => Assert.Contains("CeligoPS.Error", e.TypeNames));
    }

    [Fact]
    public async Task FanOut_FollowsInputOrder_WhenEarlierInputsAnswerLast()
    {
        await using var c = await Connected.StartAsync();
        var flows = c.Emulator.State.All("flows").Select(f => (string)f["_id"]!)
            .Where(f => c.Emulator.State.StepIds(f).Any(s => c.Emulator.State.OpenErrorCount(f, s) > 0)).Take(4).ToList();
        Assert.True(flows.Count >= 3);
        // The first flow, and the first step of the second, answer slowest: arrival order is not input order.
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = $"/v1/flows/{flows[0]}/", Kind = FaultKind.Latency, Delay = TimeSpan.FromMilliseconds(400), Times = -1 });
        var secondSteps = c.Emulator.State.StepIds(flows[1]).Where(s => c.Emulator.State.OpenErrorCount(flows[1], s) > 0).ToList();
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = $"/v1/flows/{flows[1]}/{secondSteps[0]}/", Kind = FaultKind.Latency, Delay = TimeSpan.FromMilliseconds(300), Times = -1 });
        c.Host.SetVariable("flowIds", flows.ToArray());

        var result = c.Run("$flowIds | ForEach-Object { Get-CeligoFlow -Id $_ } | Get-CeligoError | ForEach-Object { $_.FlowId + '/' + $_.StepId }");

        result.ShouldSucceed();
        var seen = result.Output.Select(o => o.ToString().Split('/')).ToList();
        // Grouped by flow in the order the flows were piped, and within a flow by step, never interleaved.
        Assert.Equal(flows, seen.Select(p => p[0]).Distinct());
        var runs = seen.Select(p => p[0] + "/" + p[1]).Aggregate(new List<string>(), (acc, k) => { if (acc.Count == 0 || acc[^1] != k) acc.Add(k); return acc; });
        Assert.Equal(runs.Distinct().Count(), runs.Count);
    }

    [Fact]
    public async Task APlainName_AfterAListingThatFailed_IsNotAlsoReportedAsNotFound()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/flows", Kind = FaultKind.Status, StatusCode = 400, Times = -1 });

        var result = c.Run("Get-CeligoFlow -Name 'Shopify Orders to NetSuite Sales Orders'");

        var error = Assert.Single(result.AllErrors);
        Assert.DoesNotContain("NameNotFound", error.FullyQualifiedErrorId);
        Assert.Contains("400", error.Exception.Message);
    }

    [Fact]
    public async Task FailedJobs_ToErrors_GivesOnlyThoseRunsErrors()
    {
        await using var c = await Connected.StartAsync();
        var failed = c.Emulator.State.FailedFlowJobIds.ToHashSet();

        var result = c.Run("Get-CeligoJob -Status Failed | Get-CeligoError");

        result.ShouldSucceed();
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, e => Assert.Contains((string)e.Properties["FlowJobId"].Value, failed));
    }

    [Fact]
    public async Task Flow_UnknownFieldsBecomeProperties_UnderTheirApiNames()
    {
        await using var c = await Connected.StartAsync();
        var raw = c.Emulator.State.Get("flows", SeedIds.ShopifyOrdersFlow)!;

        var result = c.Run($"Get-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow}");

        result.ShouldSucceed();
        var flow = Assert.Single(result.Output);
        Assert.Equal(raw["name"]!.ToString(), flow.Properties["Name"].Value);
        foreach (var field in raw.Select(p => p.Key).Where(k => k is not ("_id" or "name")))
        {
            Assert.True(flow.Properties.Any(p => p.Name.Equals(field.TrimStart('_'), StringComparison.OrdinalIgnoreCase) || p.Name == field ||
                                                 p.Name.Equals(field.TrimStart('_').Replace("Id", "") + "Id", StringComparison.OrdinalIgnoreCase)),
                $"field {field} is not on the object");
        }
    }

    [Fact]
    public async Task Flows_ByName_AndOfAnIntegrationById()
    {
        await using var c = await Connected.StartAsync();
        var byName = c.Run("Get-CeligoFlow '*order*'");
        byName.ShouldSucceed();
        Assert.NotEmpty(byName.Output);
        Assert.All(byName.Output, f => Assert.Contains("order", ((string)f.Properties["Name"].Value).ToLowerInvariant()));

        var ofIntegration = c.Run($"Get-CeligoFlow -IntegrationId {SeedIds.ZendeskIntegration}");
        ofIntegration.ShouldSucceed();
        Assert.NotEmpty(ofIntegration.Output);
        Assert.All(ofIntegration.Output, f => Assert.Equal(SeedIds.ZendeskIntegration, f.Properties["IntegrationId"].Value));
    }

    [Fact]
    public async Task FlowsAndIntegrations_PipeIntoGetCeligoJob()
    {
        await using var c = await Connected.StartAsync();
        var fromFlow = c.Run($"Get-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} | Get-CeligoJob");
        fromFlow.ShouldSucceed();
        Assert.NotEmpty(fromFlow.Output);
        Assert.All(fromFlow.Output, j => Assert.Equal(SeedIds.ShopifyOrdersFlow, j.Properties["FlowId"].Value));

        var fromIntegration = c.Run($"Get-CeligoIntegration -Id {SeedIds.ZendeskIntegration} | Get-CeligoJob");
        fromIntegration.ShouldSucceed();
        Assert.NotEmpty(fromIntegration.Output);
        Assert.All(fromIntegration.Output, j => Assert.Equal(SeedIds.ZendeskIntegration, j.Properties["IntegrationId"].Value));
        Assert.Contains(c.Emulator.Counters.Requests, r => r.PathAndQuery.Contains("_integrationId=" + SeedIds.ZendeskIntegration));
    }

    [Fact]
    public async Task CsvLikeRows_WithFlowAndStepIds_PipeIntoGetCeligoError()
    {
        await using var c = await Connected.StartAsync();
        var expected = c.Emulator.State.OpenErrorCount(SeedIds.ShopifyOrdersFlow, SeedIds.NetSuiteSalesOrderImport);
        var result = c.Run($"[pscustomobject]@{{ FlowId = '{SeedIds.ShopifyOrdersFlow}'; StepId = '{SeedIds.NetSuiteSalesOrderImport}' }} | Get-CeligoError");
        result.ShouldSucceed();
        Assert.Equal(expected, result.Output.Count);
    }

    [Fact]
    public async Task ObjectsOfTheWrongKind_GetAnErrorSayingWhatTheCommandTakes_AndNoRequest()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run("'abc', 42 | Get-CeligoError; Get-CeligoIntegration | Invoke-CeligoErrorRetry -WhatIf");
        c.Emulator.Counters.Requests.Where(r => !r.PathAndQuery.StartsWith("/v1/integrations")).ToList().ForEach(r => Assert.Fail($"unexpected request {r.PathAndQuery}"));
        Assert.Equal(2 + c.Emulator.State.IntegrationIds.Count, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.Contains("type String", result.Errors[0].Exception.Message);
        Assert.Contains("objects with FlowId and StepId", result.Errors[0].Exception.Message);
        Assert.Contains("type Integration", result.Errors[^1].Exception.Message);
    }
}
