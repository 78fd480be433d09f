using System.Text.Json.Nodes;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>Enable/disable, set, remove, tags, state and lookup cache writes: each changes the emulator, and -WhatIf does not.</summary>
public sealed class ChangeTests
{
    private static long Changes(Connected c) => c.Emulator.Counters.Requests.Count(r => r.Method != "GET");

    [Fact]
    public async Task DisableThenEnable_ByPatch_AndWhatIfChangesNothing()
    {
        await using var c = await Connected.StartAsync();
        var flow = SeedIds.ShopifyOrdersFlow;
        c.Run($"Disable-CeligoFlow -Id {flow} -WhatIf").ShouldSucceed();
        Assert.Equal(0, Changes(c));

        var disabled = c.Run($"Get-CeligoFlow -Id {flow} | Disable-CeligoFlow -PassThru -Confirm:$false");
        disabled.ShouldSucceed();
        Assert.True((bool)Assert.Single(disabled.Output).Properties["Disabled"].Value!);
        Assert.Equal(1, c.Emulator.Counters.Count("PATCH", $"/v1/flows/{flow}"));

        c.Run($"Enable-CeligoFlow -Id {flow} -Confirm:$false").ShouldSucceed();
        Assert.False((bool)c.Emulator.State.Get("flows", flow)!["disabled"]!);
    }

    [Fact]
    public async Task SetFlow_PatchesDocumentedFields_AndMergesOthers_NeverAPartialPut()
    {
        await using var c = await Connected.StartAsync();
        var flow = SeedIds.ShopifyOrdersFlow;
        var before = c.Emulator.State.Get("flows", flow)!;

        c.Run($"Set-CeligoFlow -Id {flow} -Name 'Orders (v2)' -Schedule '? 0 3 ? * *' -WhatIf").ShouldSucceed();
        Assert.Equal(0, Changes(c));

        c.Run($"Set-CeligoFlow -Id {flow} -Name 'Orders (v2)' -Schedule '? 0 3 ? * *' -Confirm:$false").ShouldSucceed();
        Assert.Equal(1, c.Emulator.Counters.Count("PATCH", $"/v1/flows/{flow}"));
        Assert.Equal("Orders (v2)", (string)c.Emulator.State.Get("flows", flow)!["name"]!);

        c.Run($"Set-CeligoFlow -Id {flow} -Property @{{ _flowGroupingId = $null; autoResolveMatchingTraceKeys = $true }} -Confirm:$false").ShouldSucceed();
        Assert.Equal(1, c.Emulator.Counters.Count("PUT", $"/v1/flows/{flow}"));
        var after = c.Emulator.State.Get("flows", flow)!;
        Assert.True((bool)after["autoResolveMatchingTraceKeys"]!);
        Assert.False(after.ContainsKey("_flowGroupingId"));
        // Everything else survived the full replace.
        foreach (var field in before.Select(f => f.Key).Except(new[] { "name", "schedule", "lastModified", "_flowGroupingId", "autoResolveMatchingTraceKeys" }))
        {
            Assert.True(JsonNode.DeepEquals(before[field], after[field]), $"{field} changed");
        }
    }

    [Fact]
    public async Task SetIntegration_NameByMergeAndSettingsByPatch()
    {
        await using var c = await Connected.StartAsync();
        var id = SeedIds.ShopifyIntegration;
        var groupings = c.Emulator.State.Get("integrations", id)!["flowGroupings"]!.ToJsonString();
        c.Run($"Set-CeligoIntegration -Id {id} -Name 'Shopify - NetSuite (prod)' -Confirm:$false").ShouldSucceed();
        Assert.Equal(1, c.Emulator.Counters.Count("PUT", $"/v1/integrations/{id}"));
        Assert.Equal(groupings, c.Emulator.State.Get("integrations", id)!["flowGroupings"]!.ToJsonString());
        c.Run($"Set-CeligoIntegration -Id {id} -Settings @{{ notifyOnError = $false }} -Confirm:$false").ShouldSucceed();
        Assert.Equal(1, c.Emulator.Counters.Count("PATCH", $"/v1/integrations/{id}"));
        Assert.False((bool)c.Emulator.State.Get("integrations", id)!["settings"]!["notifyOnError"]!);
    }

    [Fact]
    public async Task Remove_RefusesWhenOthersDependOnIt_UnlessForce_AndWhatIfDeletesNothing()
    {
        await using var c = await Connected.StartAsync();
        var withDependants = c.Run("Get-CeligoFlow | Where-Object { @(Get-CeligoDependency -InputObject $_).Count -gt 0 } | ForEach-Object Id").Output.Select(o => o.ToString()).FirstOrDefault();
        var free = c.Run("Get-CeligoFlow | Where-Object { @(Get-CeligoDependency -InputObject $_).Count -eq 0 } | ForEach-Object Id").Output.Select(o => o.ToString()).First();
        c.Emulator.Counters.Reset();

        c.Run($"Remove-CeligoFlow -Id {free} -WhatIf").ShouldSucceed();
        Assert.Equal(0, Changes(c));
        Assert.NotNull(c.Emulator.State.Get("flows", free!));

        c.Run($"Get-CeligoFlow -Id {free} | Remove-CeligoFlow -Confirm:$false").ShouldSucceed();
        Assert.Null(c.Emulator.State.Get("flows", free!));

        if (withDependants != null)
        {
            var refused = c.Run($"Remove-CeligoFlow -Id {withDependants} -Confirm:$false");
            Assert.Contains("Pass -Force", Assert.Single(refused.Errors).Exception.Message);
            Assert.NotNull(c.Emulator.State.Get("flows", withDependants));
            c.Run($"Remove-CeligoFlow -Id {withDependants} -Force -Confirm:$false").ShouldSucceed();
            Assert.Null(c.Emulator.State.Get("flows", withDependants));
        }
        var integration = c.Run($"Remove-CeligoIntegration -Id {SeedIds.ZendeskIntegration} -Confirm:$false");
        Assert.Contains("depend on it", Assert.Single(integration.Errors).Exception.Message);
    }

    [Fact]
    public async Task Tags_CreateRenameDelete()
    {
        await using var c = await Connected.StartAsync();
        c.Run("New-CeligoTag -Tag 'needs-review' -WhatIf").ShouldSucceed();
        Assert.Equal(0, Changes(c));
        var created = c.Run("New-CeligoTag -Tag 'needs-review' -Confirm:$false");
        created.ShouldSucceed();
        var tag = Assert.Single(created.Output);
        var id = (string)tag.Properties["Id"].Value!;
        Assert.False(string.IsNullOrEmpty((string?)tag.Properties["TagId"].Value));

        c.Run($"Get-CeligoTag -Id {id} | Set-CeligoTag -Tag 'reviewed' -Confirm:$false").ShouldSucceed();
        Assert.Equal("reviewed", (string)c.Emulator.State.Get("tags", id)!["tag"]!);

        c.Run($"Remove-CeligoTag -Id {id} -WhatIf").ShouldSucceed();
        Assert.NotNull(c.Emulator.State.Get("tags", id));
        c.Run($"Remove-CeligoTag -Id {id} -Confirm:$false").ShouldSucceed();
        Assert.Null(c.Emulator.State.Get("tags", id));
    }

    [Fact]
    public async Task State_SetAndRemove_GlobalAndPerResource()
    {
        await using var c = await Connected.StartAsync();
        c.Run("Set-CeligoState -Key cursor -Value @{ page = 7 } -WhatIf").ShouldSucceed();
        Assert.Equal(0, Changes(c));
        c.Run("Set-CeligoState -Key cursor -Value @{ page = 7 } -Confirm:$false").ShouldSucceed();
        var value = (System.Management.Automation.PSObject)c.Run("Get-CeligoState -Key cursor").Output[0].Properties["Value"].Value!;
        Assert.Equal(7L, value.Properties["page"].Value);

        c.Run($"Get-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} | Set-CeligoState -Key lastOrderId -Value 42 -Confirm:$false").ShouldSucceed();
        Assert.Equal(42L, c.Run($"Get-CeligoState -ResourceType flows -Id {SeedIds.ShopifyOrdersFlow} -Key lastOrderId").Output[0].Properties["Value"].Value);

        c.Run("Remove-CeligoState -Key cursor -Confirm:$false").ShouldSucceed();
        Assert.DoesNotContain("cursor", c.Run("Get-CeligoState").Output.Select(o => (string)o.Properties["Key"].Value!));
    }

    [Fact]
    public async Task LookupCacheData_WritesInBatchesOf1000_AndDeletes()
    {
        await using var c = await Connected.StartAsync();
        var cache = SeedIds.SkuLookupCache;
        c.Run($"Set-CeligoLookupCacheData -LookupCacheId {cache} -Entry @{{ 'NEW-1' = @{{ itemId = 1 }} }} -WhatIf").ShouldSucceed();
        Assert.Equal(0, Changes(c));

        var result = c.Run($"1..2500 | ForEach-Object {{ [pscustomobject]@{{ Key = \"BULK-$_\"; Value = @{{ n = $_ }} }} }} | Set-CeligoLookupCacheData -LookupCacheId {cache} -Confirm:$false");
        result.ShouldSucceed();
        Assert.Equal(new[] { 1000, 1000, 500 }, result.Output.Select(o => (int)o.Properties["Entries"].Value!));
        Assert.Equal(3, c.Emulator.Counters.Count("POST", $"/v1/lookupcaches/{cache}/data"));
        Assert.Contains("BULK-2500", c.Emulator.State.LookupCacheKeys(cache));

        c.Run($"Get-CeligoLookupCacheData -LookupCacheId {cache} -StartsWith BULK- | Remove-CeligoLookupCacheData -LookupCacheId {cache} -Confirm:$false").ShouldSucceed();
        Assert.DoesNotContain(c.Emulator.State.LookupCacheKeys(cache), k => k.StartsWith("BULK-"));
        Assert.Equal(3, c.Emulator.Counters.Count("DELETE", $"/v1/lookupcaches/{cache}/data"));
    }
}
