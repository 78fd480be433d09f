using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

public sealed class ConnectionActionTests
{
    [Fact]
    public async Task TestConnection_SaysWhichAreOffline()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run("Get-CeligoConnection | Test-CeligoConnection | Where-Object { -not $_.Online }");
        result.ShouldSucceed();
        var offline = Assert.Single(result.Output);
        Assert.Equal(SeedIds.OfflineConnection, offline.Properties["ConnectionId"].Value);
        Assert.False(string.IsNullOrEmpty((string?)offline.Properties["Message"].Value));
        Assert.IsType<double>(offline.Properties["ElapsedSeconds"].Value);
    }

    [Fact]
    public async Task EnableDebug_SetsTheDebugDate_AndWhatIfDoesNot()
    {
        await using var c = await Connected.StartAsync();
        var id = c.Emulator.State.ConnectionIds.First(i => i != SeedIds.OfflineConnection);
        var whatIf = c.Run($"Enable-CeligoConnectionDebug -Id {id} -Minutes 30 -WhatIf");
        whatIf.ShouldSucceed();
        Assert.Equal(0, c.Emulator.Counters.Count("PATCH", "/v1/"));

        var result = c.Run($"Get-CeligoConnection -Id {id} | Enable-CeligoConnectionDebug -Minutes 30 -PassThru -Confirm:$false");
        result.ShouldSucceed();
        var debugDate = (DateTime)Assert.Single(result.Output).Properties["DebugDate"].Value!;
        Assert.InRange(debugDate, DateTime.Now.AddMinutes(29), DateTime.Now.AddMinutes(31));
    }

    [Fact]
    public async Task ReadOnlySession_RefusesChanges_BeforeTheyLeaveTheMachine_ButReads()
    {
        await using var c = await Connected.StartAsync();
        c.Run("Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken -ReadOnly").ShouldSucceed();
        c.Emulator.Counters.Reset();

        var reads = c.Run($"Get-CeligoJob -Status Failed -First 1; Get-CeligoConnection | Test-CeligoConnection; Get-CeligoLookupCacheData -LookupCacheId {SeedIds.SkuLookupCache} -First 1");
        reads.ShouldSucceed();
        var readRequests = c.Emulator.Counters.Total;

        var writes = c.Run($"Get-CeligoJob -Status Failed | Invoke-CeligoErrorRetry -Confirm:$false; Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Confirm:$false; " +
                           $"Get-CeligoError -FlowId {SeedIds.ShopifyOrdersFlow} | Resolve-CeligoError -Confirm:$false; Invoke-CeligoRestMethod -Method DELETE -Path flows/{SeedIds.ShopifyOrdersFlow} -Confirm:$false");

        Assert.NotEmpty(writes.Errors);
        Assert.All(writes.Errors, e => Assert.Equal("ReadOnlySession", e.FullyQualifiedErrorId.Split(',')[0]));
        Assert.All(writes.Errors, e => Assert.Equal(System.Management.Automation.ErrorCategory.PermissionDenied, e.CategoryInfo.Category));
        Assert.DoesNotContain(c.Emulator.Counters.Requests.Skip((int)readRequests), r => r.Method != "GET");
        Assert.Equal(0, c.Emulator.Counters.JobsCreated("retry") + c.Emulator.Counters.JobsCreated("flow"));
        Assert.True((bool)c.Run("Get-CeligoContext").Output[0].Properties["ReadOnly"].Value!);
    }
}
