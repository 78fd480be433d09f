using System.Management.Automation;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ReadSurface;

/// <summary>One test per read of SURFACE.md that the older test classes do not already cover.</summary>
public sealed class ReadSurfaceTests
{
    private static List<string> Ids(ScriptResult r, string property = "Id") => r.Output.Select(o => o.Properties[property].Value!.ToString()!).ToList();

    [Fact]
    public async Task IntegrationSubLists_ConnectionsExportsImportsUsers_FromPipedIntegrations()
    {
        await using var c = await Connected.StartAsync();
        foreach (var (command, collection, field) in new[] { ("Get-CeligoExport", "exports", "_integrationId"), ("Get-CeligoImport", "imports", "_integrationId") })
        {
            var result = c.Run($"Get-CeligoIntegration -Id {SeedIds.ShopifyIntegration} | {command}");
            result.ShouldSucceed();
            Assert.NotEmpty(result.Output);
            Assert.Contains($"/v1/integrations/{SeedIds.ShopifyIntegration}/{collection}", c.Emulator.Counters.Requests.Last().PathAndQuery);
        }
        var connections = c.Run($"Get-CeligoConnection -IntegrationId {SeedIds.ZendeskIntegration}");
        connections.ShouldSucceed();
        Assert.Contains(SeedIds.OfflineConnection, Ids(connections));
        var users = c.Run($"Get-CeligoIntegration -Id {SeedIds.ShopifyIntegration} | Get-CeligoUser");
        users.ShouldSucceed();
        Assert.All(users.Output, u => Assert.Contains("@", (string)u.Properties["Email"].Value!));
        Assert.True(c.Run("Get-CeligoUser").Output.Count >= users.Output.Count);
    }

    [Fact]
    public async Task ConnectionsExportsImports_ListAndGet_WithNameWildcards()
    {
        await using var c = await Connected.StartAsync();
        var offline = c.Run("Get-CeligoConnection | Where-Object Offline");
        offline.ShouldSucceed();
        Assert.Equal(new[] { SeedIds.OfflineConnection }, Ids(offline));
        var byName = c.Run("Get-CeligoExport -Name '*shopify*'");
        byName.ShouldSucceed();
        Assert.All(byName.Output, e => Assert.Contains("shopify", ((string)e.Properties["Name"].Value!).ToLowerInvariant()));
        var byId = c.Run($"Get-CeligoImport -Id {SeedIds.NetSuiteSalesOrderImport}");
        byId.ShouldSucceed();
        Assert.Equal("NetSuiteDistributedImport", Assert.Single(byId.Output).Properties["AdaptorType"].Value);
    }

    [Fact]
    public async Task ScriptsTagsAndLookupCaches_AreListed()
    {
        await using var c = await Connected.StartAsync();
        Assert.Equal(c.Emulator.State.All("scripts").Count, c.Run("Get-CeligoScript").Output.Count);
        var script = c.Run($"Get-CeligoScript -Id {c.Emulator.State.All("scripts")[0]["_id"]}");
        Assert.False(string.IsNullOrEmpty((string?)Assert.Single(script.Output).Properties["Content"].Value), "a script got by id has its source");
        var tags = c.Run("Get-CeligoTag");
        Assert.Equal(c.Emulator.State.All("tags").Count, tags.Output.Count);
        Assert.All(tags.Output, t => Assert.False(string.IsNullOrEmpty((string?)t.Properties["TagId"].Value)));
        Assert.Contains(SeedIds.SkuLookupCache, Ids(c.Run("Get-CeligoLookupCache")));
    }

    [Fact]
    public async Task FlowSteps_InOrder_WithTheIdsErrorsAreFiledUnder()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run("Get-CeligoFlow | Get-CeligoFlowStep");
        result.ShouldSucceed();
        var ofOrders = result.Output.Where(s => (string)s.Properties["FlowId"].Value! == SeedIds.ShopifyOrdersFlow).ToList();
        Assert.Equal(new[] { SeedIds.ShopifyOrdersExport, SeedIds.NetSuiteCustomerLookup, SeedIds.NetSuiteSalesOrderImport }, ofOrders.Select(s => (string)s.Properties["StepId"].Value!));
        Assert.Equal(new[] { "PageGenerator", "Lookup", "Import" }, ofOrders.Select(s => (string)s.Properties["Role"].Value!));
        Assert.Equal(new[] { 1, 2, 3 }, ofOrders.Select(s => (int)s.Properties["Position"].Value!));
        Assert.All(result.Output, s => Assert.NotNull(s.Properties["Name"].Value));
        foreach (var flowId in c.Emulator.State.FlowIds)
        {
            Assert.Equal(c.Emulator.State.StepIds(flowId).OrderBy(i => i),
                result.Output.Where(s => (string)s.Properties["FlowId"].Value! == flowId).Select(s => (string)s.Properties["StepId"].Value!).OrderBy(i => i));
        }
        var steps = c.Run($"Get-CeligoFlowStep -FlowId {SeedIds.ShopifyOrdersFlow} | Get-CeligoError");
        steps.ShouldSucceed();
        Assert.Equal(c.Emulator.State.StepIds(SeedIds.ShopifyOrdersFlow).Sum(s => c.Emulator.State.OpenErrorCount(SeedIds.ShopifyOrdersFlow, s)), steps.Output.Count);
    }

    [Fact]
    public async Task LatestJobs_IncludeChildren_AndLastExportDateTime()
    {
        await using var c = await Connected.StartAsync();
        var latest = c.Run($"Get-CeligoJob -FlowId {SeedIds.ShopifyOrdersFlow} -Latest");
        latest.ShouldSucceed();
        var newest = c.Emulator.State.All("jobs").Where(j => (string?)j["_flowId"] == SeedIds.ShopifyOrdersFlow && (string?)j["type"] == "flow")
            .OrderByDescending(j => (string)j["createdAt"]!).First();
        Assert.Equal((string)newest["_id"]!, Assert.Single(latest.Output).Properties["Id"].Value);

        var family = c.Run($"Get-CeligoJob -Id {SeedIds.FailedOrdersFlowJob} -IncludeChildren");
        family.ShouldSucceed();
        var children = (IEnumerable<object>)Assert.Single(family.Output).Properties["Children"].Value!;
        Assert.Equal(c.Emulator.State.All("jobs").Count(j => (string?)j["_flowJobId"] == SeedIds.FailedOrdersFlowJob), children.Count());

        var noScope = c.Run("Get-CeligoJob -Latest");
        Assert.Contains("-Latest needs a flow or an integration", Assert.Single(noScope.Errors).Exception.Message);

        var checkpoint = c.Run($"Get-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} | Get-CeligoFlowLastExportDateTime");
        checkpoint.ShouldSucceed();
        Assert.IsType<DateTime>(Assert.Single(checkpoint.Output).Properties["LastExportDateTime"].Value);
    }

    [Fact]
    public async Task ErrorSummary_PerFlowOfAnIntegration_AndPerStepOfAFlow()
    {
        await using var c = await Connected.StartAsync();
        var perFlow = c.Run($"Get-CeligoIntegration -Id {SeedIds.ShopifyIntegration} | Get-CeligoErrorSummary");
        perFlow.ShouldSucceed();
        var fulfillments = perFlow.Output.Single(s => (string)s.Properties["FlowId"].Value! == SeedIds.FulfillmentsFlow);
        var expected = c.Emulator.State.StepIds(SeedIds.FulfillmentsFlow).Sum(s => c.Emulator.State.OpenErrorCount(SeedIds.FulfillmentsFlow, s));
        Assert.Equal((long)expected, fulfillments.Properties["NumError"].Value);

        var perStep = c.Run($"Get-CeligoErrorSummary -FlowId {SeedIds.ShopifyOrdersFlow}");
        perStep.ShouldSucceed();
        foreach (var row in perStep.Output)
        {
            Assert.Equal((long)c.Emulator.State.OpenErrorCount(SeedIds.ShopifyOrdersFlow, (string)row.Properties["StepId"].Value!), row.Properties["NumError"].Value);
        }
    }

    [Fact]
    public async Task RetryData_OfPipedErrors_AndErrorsWithoutRetryDataSaySo()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.State.AddOpenError(SeedIds.ShopifyOrdersFlow, SeedIds.NetSuiteSalesOrderImport, null, retriable: false);
        var result = c.Run($"Get-CeligoError -FlowId {SeedIds.ShopifyOrdersFlow} -StepId {SeedIds.NetSuiteSalesOrderImport} | Get-CeligoErrorRetryData");
        var retriable = c.Emulator.State.OpenErrors(SeedIds.ShopifyOrdersFlow, SeedIds.NetSuiteSalesOrderImport).Count(e => !string.IsNullOrEmpty((string?)e["retryDataKey"]));
        Assert.Equal(retriable, result.Output.Count);
        Assert.All(result.Output, r => Assert.IsType<PSObject>(r.Properties["Data"].Value));
        Assert.Contains(result.Errors, e => e.Exception.Message.Contains("has no retry data"));
    }

    [Fact]
    public async Task Dependencies_OfPipedConnections()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run("Get-CeligoConnection | Get-CeligoDependency");
        result.ShouldSucceed();
        Assert.Contains(result.Output, d => (string)d.Properties["DependencyOfId"].Value! == SeedIds.OfflineConnection && (string)d.Properties["ResourceType"].Value! == "exports");
        Assert.All(result.Output, d => Assert.Equal("connections", d.Properties["DependencyOfType"].Value));
    }

    [Fact]
    public async Task AuditLog_OfTheAccountAndOfAFlow_WithFilters()
    {
        await using var c = await Connected.StartAsync();
        var since = DateTime.Now.AddDays(-3);
        var updates = c.Run($"Get-CeligoAuditLog -Action update -Since '{since:o}'");
        updates.ShouldSucceed();
        Assert.NotEmpty(updates.Output);
        Assert.All(updates.Output, e => Assert.Equal("update", e.Properties["Event"].Value));
        Assert.All(updates.Output, e => Assert.True((DateTime)e.Properties["Time"].Value! >= since.AddSeconds(-1)));
        Assert.Contains(c.Emulator.Counters.Requests, r => r.PathAndQuery.StartsWith("/v1/audit?from="));

        var ofFlow = c.Run($"Get-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} | Get-CeligoAuditLog");
        ofFlow.ShouldSucceed();
        Assert.NotEmpty(ofFlow.Output);
        Assert.Contains(c.Emulator.Counters.Requests, r => r.PathAndQuery.StartsWith($"/v1/flows/{SeedIds.ShopifyOrdersFlow}/audit"));
    }

    [Fact]
    public async Task State_GlobalAndPerResource()
    {
        await using var c = await Connected.StartAsync();
        var global = c.Run("Get-CeligoState");
        global.ShouldSucceed();
        Assert.Contains("featureFlags", global.Output.Select(s => (string)s.Properties["Key"].Value!));
        var flags = global.Output.Single(s => (string)s.Properties["Key"].Value! == "featureFlags");
        Assert.IsType<PSObject>(flags.Properties["Value"].Value);

        var one = c.Run("Get-CeligoState -Key shopifyCursor");
        one.ShouldSucceed();
        Assert.Single(one.Output);

        var ofFlow = c.Run($"Get-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} | Get-CeligoState");
        ofFlow.ShouldSucceed();
        var entry = Assert.Single(ofFlow.Output);
        Assert.Equal(("lastOrderId", "flows", SeedIds.ShopifyOrdersFlow),
            ((string)entry.Properties["Key"].Value!, (string)entry.Properties["ResourceType"].Value!, (string)entry.Properties["ResourceId"].Value!));
    }

    [Fact]
    public async Task LookupCacheData_All_Keys_AndPrefix_StreamedOverPages()
    {
        await using var c = await Connected.StartAsync();
        var all = c.Run($"Get-CeligoLookupCache -Id {SeedIds.SkuLookupCache} | Get-CeligoLookupCacheData");
        all.ShouldSucceed();
        Assert.Equal(2500, all.Output.Select(e => (string)e.Properties["Key"].Value!).Distinct().Count());
        Assert.True(c.Emulator.Counters.Count("POST", $"/v1/lookupcaches/{SeedIds.SkuLookupCache}/getData") >= 3);

        var keys = c.Run($"Get-CeligoLookupCacheData -LookupCacheId {SeedIds.SkuLookupCache} -Key SKU-00007, SKU-01234, no-such-key");
        keys.ShouldSucceed();
        Assert.Equal(new[] { "SKU-00007", "SKU-01234" }, keys.Output.Select(e => (string)e.Properties["Key"].Value!).OrderBy(k => k));

        var prefix = c.Run($"Get-CeligoLookupCacheData -LookupCacheId {SeedIds.SkuLookupCache} -StartsWith SKU-0012");
        prefix.ShouldSucceed();
        Assert.Equal(10, prefix.Output.Count);

        var both = c.Run($"Get-CeligoLookupCacheData -LookupCacheId {SeedIds.SkuLookupCache} -Key a -StartsWith b");
        Assert.Contains("not both", Assert.Single(both.AllErrors).Exception.Message);
    }

    [Fact]
    public async Task ConnectionDebugLog_IsLinesOfText()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run($"Get-CeligoConnection -Id {SeedIds.OfflineConnection} | Get-CeligoConnectionDebugLog");
        result.ShouldSucceed();
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, line => Assert.Matches(@"^\d{4}-\d\d-\d\dT", (string)line.BaseObject));
    }

    [Fact]
    public async Task Template_IsDownloadedAsAZip_WithoutTheToken_AndAnExistingFileIsKept()
    {
        await using var c = await Connected.StartAsync();
        var folder = Directory.CreateTempSubdirectory("celigops-template-").FullName;
        try
        {
            c.Host.SetVariable("folder", folder);
            var result = c.Run($"Get-CeligoIntegration -Id {SeedIds.ShopifyIntegration} | Export-CeligoTemplate -Path $folder");
            result.ShouldSucceed();
            var file = (FileInfo)Assert.Single(result.Output).BaseObject;
            using (var zip = System.IO.Compression.ZipFile.OpenRead(file.FullName))
            {
                Assert.NotEmpty(zip.Entries);
            }
            Assert.Contains("Shopify - NetSuite", file.Name);

            var again = c.Run($"Export-CeligoTemplate -IntegrationId {SeedIds.ShopifyIntegration} -Path '{file.FullName}'");
            Assert.Contains("-Force", Assert.Single(again.Errors).Exception.Message);

            var whatIf = c.Run($"Export-CeligoTemplate -FlowId {SeedIds.ShopifyOrdersFlow} -Path $folder -WhatIf");
            whatIf.ShouldSucceed();
            Assert.Single(Directory.GetFiles(folder));
            Assert.Empty(Directory.GetFiles(folder, "*.partial"));
        }
        finally
        {
            Directory.Delete(folder, true);
        }
    }

    [Fact]
    public async Task HealthReport_CountsWhatNeedsAttention()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run("Get-CeligoHealthReport -Since (Get-CeligoJob -Id " + SeedIds.FailedOrdersFlowJob + ").CreatedAt.AddMinutes(-1)");
        result.ShouldSucceed();
        var report = Assert.Single(result.Output);
        Assert.False((bool)report.Properties["Healthy"].Value!);
        Assert.True((int)report.Properties["FailedJobCount"].Value! >= 1);
        Assert.Equal(1, report.Properties["OfflineConnectionCount"].Value);
        var openErrors = c.Emulator.State.FlowIds.Sum(f => c.Emulator.State.StepIds(f).Sum(s => c.Emulator.State.OpenErrorCount(f, s)));
        Assert.Equal((long)openErrors, report.Properties["OpenErrorCount"].Value);
        Assert.Contains("CeligoPS.HealthReport", report.TypeNames);
    }

    [Fact]
    public async Task RestMethod_Gets_Pages_AndWhatIfSendsNothing()
    {
        await using var c = await Connected.StartAsync();
        var token = c.Run("Invoke-CeligoRestMethod /v1/tokenInfo");
        token.ShouldSucceed();
        Assert.Equal(c.Emulator.State.UserId, Assert.Single(token.Output).Properties["_userId"].Value);

        var flows = c.Run("Invoke-CeligoRestMethod flows -All -Query @{ limit = 2; includeInstances = 'true' }");
        flows.ShouldSucceed();
        Assert.Equal(c.Emulator.State.FlowIds.Count, flows.Output.Count);
        var slashed = c.Run("Invoke-CeligoRestMethod /integrations"); // a leading slash, without v1/
        slashed.ShouldSucceed();
        Assert.Equal(c.Emulator.State.IntegrationIds.Count, slashed.Output.Count);

        var errors = c.Run($"Invoke-CeligoRestMethod /v1/flows/{SeedIds.FulfillmentsFlow}/{SeedIds.ShopifyFulfillmentImport}/errors -All");
        errors.ShouldSucceed();
        Assert.Equal(c.Emulator.State.OpenErrorCount(SeedIds.FulfillmentsFlow, SeedIds.ShopifyFulfillmentImport), errors.Output.Count);

        c.Emulator.Counters.Reset();
        var patch = c.Run($"Invoke-CeligoRestMethod -Method PATCH -Path flows/{SeedIds.ShopifyOrdersFlow} -Body @(@{{ op = 'replace'; path = '/disabled'; value = $true }}) -WhatIf");
        patch.ShouldSucceed();
        Assert.Equal(0, c.Emulator.Counters.Total);

        var real = c.Run($"Invoke-CeligoRestMethod -Method PATCH -Path flows/{SeedIds.ShopifyOrdersFlow} -Body @(@{{ op = 'replace'; path = '/disabled'; value = $true }}) -Confirm:$false");
        real.ShouldSucceed();
        Assert.True((bool)c.Emulator.State.Get("flows", SeedIds.ShopifyOrdersFlow)!["disabled"]!);
    }

    [Fact]
    public async Task Lists_Stream_TheFirstObjectArrivesBeforeTheLastPageIsRequested()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.State.AddJobs(SeedIds.FulfillmentsFlow, 5000, DateTime.UtcNow.AddMinutes(-1), sharedMillisecondEvery: 1);
        c.Host.SetVariable("counters", c.Emulator.Counters);

        var result = c.Run($"Get-CeligoJob -FlowId {SeedIds.FulfillmentsFlow} | ForEach-Object -Begin {{ $atFirst = $null; $n = 0 }} -Process {{ if ($null -eq $atFirst) {{ $atFirst = $counters.Count('GET', '/v1/jobs') }}; $n++ }} -End {{ $atFirst; $n }}");

        result.ShouldSucceed();
        var requestsAtFirstObject = (long)result.Output[0].BaseObject;
        var total = c.Emulator.Counters.Count("GET", "/v1/jobs");
        Assert.True(total >= 5, $"5000 jobs take at least 5 calls, took {total}");
        Assert.True(requestsAtFirstObject < total, $"the first job arrived after {requestsAtFirstObject} of {total} requests");
    }
}
