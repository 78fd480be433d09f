using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>New-, Copy- and Invoke-CeligoExport: documents really created (emulator counters), none with -WhatIf.</summary>
public sealed class CreateTests
{
    [Fact]
    public async Task NewIntegration_FlowAndConnection_AreCreated_AndWhatIfCreatesNothing()
    {
        await using var c = await Connected.StartAsync();
        c.Run("New-CeligoIntegration -Name 'Demo' -WhatIf; New-CeligoConnection -Name 'API' -Type http -WhatIf").ShouldSucceed();
        Assert.Equal(0, c.Emulator.Counters.Count("POST", "/v1/"));

        var integration = c.Run("New-CeligoIntegration -Name 'Demo' -Description 'made by a test' -Confirm:$false");
        integration.ShouldSucceed();
        var integrationId = (string)Assert.Single(integration.Output).Properties["Id"].Value!;

        var connection = c.Run("New-CeligoConnection -Name 'Orders API' -Type http -Configuration @{ baseURI = 'https://api.example.com'; mediaType = 'json' } -Confirm:$false");
        connection.ShouldSucceed();
        var connectionId = (string)Assert.Single(connection.Output).Properties["Id"].Value!;
        Assert.Equal("https://api.example.com", (string)c.Emulator.State.Get("connections", connectionId)!["http"]!["baseURI"]!);

        var flow = c.Run($"New-CeligoFlow -Name 'Orders copy' -IntegrationId {integrationId} -ExportId {SeedIds.ShopifyOrdersExport} -ImportId {SeedIds.NetSuiteSalesOrderImport} -Confirm:$false");
        flow.ShouldSucceed();
        var created = Assert.Single(flow.Output);
        Assert.True((bool)created.Properties["Disabled"].Value!, "flows are created disabled unless -Enabled");
        Assert.Equal(1, c.Emulator.Counters.Created("flows"));
    }

    [Fact]
    public async Task CopyFlow_WithAConnectionMap_AndWithoutOne()
    {
        await using var c = await Connected.StartAsync();
        var connections = c.Run($"Get-CeligoFlowStep -FlowId {SeedIds.ShopifyOrdersFlow} | ForEach-Object ConnectionId").Output.Select(o => o.ToString()).Distinct().ToList();
        var map = string.Join("; ", connections.Select(id => $"'{id}' = '{id}'"));

        var whatIf = c.Run($"Copy-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -IntegrationId {SeedIds.SalesforceIntegration} -ConnectionMap @{{ {map} }} -WhatIf");
        whatIf.ShouldSucceed();
        Assert.Equal(0, c.Emulator.Counters.Count("POST", "/v1/"));

        var copied = c.Run($"Get-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} | Copy-CeligoFlow -IntegrationId {SeedIds.SalesforceIntegration} -Name 'Orders (sandbox)' -ConnectionMap @{{ {map} }} -Confirm:$false");
        copied.ShouldSucceed();
        var newFlow = copied.Output.Single(o => (string)o.Properties["Model"].Value! == "Flow");
        Assert.Equal("Orders (sandbox)", newFlow.Properties["Name"].Value);
        Assert.Equal(SeedIds.SalesforceIntegration, (string)c.Emulator.State.Get("flows", (string)newFlow.Properties["Id"].Value!)!["_integrationId"]!);

        // No map, same account and environment: the copy keeps the flow's connections, and says so.
        var kept = c.Run($"Copy-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -IntegrationId {SeedIds.SalesforceIntegration} -Confirm:$false", verbose: true);
        kept.ShouldSucceed();
        Assert.Contains(kept.Verbose, v => v.Contains("keeps the source's connection(s)") && connections.All(v.Contains));
        var keptFlow = (string)kept.Output.Single(o => (string)o.Properties["Model"].Value! == "Flow").Properties["Id"].Value!;
        var keptConnections = c.Run($"Get-CeligoFlowStep -FlowId {keptFlow} | ForEach-Object ConnectionId").Output.Select(o => o.ToString()).Distinct().ToList();
        Assert.Equal(connections.Order(), keptConnections.Order());

        // Into another environment the connections must be mapped: the API's refusal comes through.
        var unmapped = c.Run($"Copy-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -IntegrationId {SeedIds.SalesforceIntegration} -EnvironmentId 5e1a0c9d2b3f4a6e8d7c9999 -Confirm:$false");
        Assert.StartsWith("invalid_connectionMap", Assert.Single(unmapped.Errors).FullyQualifiedErrorId);
    }

    [Fact]
    public async Task CopyIntegration_ReturnsEverythingItCreated_AndIsNotResentAfterA5xx()
    {
        await using var c = await Connected.StartAsync();
        var connections = c.Emulator.State.ConnectionIds;
        var map = string.Join("; ", connections.Select(id => $"'{id}' = '{id}'"));
        var copied = c.Run($"Copy-CeligoIntegration -Id {SeedIds.ZendeskIntegration} -ConnectionMap @{{ {map} }} -Confirm:$false");
        copied.ShouldSucceed();
        Assert.Contains(copied.Output, o => (string)o.Properties["Model"].Value! == "Integration");
        Assert.Contains(copied.Output, o => (string)o.Properties["Model"].Value! == "Flow");

        c.Emulator.Counters.Reset();
        c.Emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = $"/v1/integrations/{SeedIds.ZendeskIntegration}/clone", Kind = FaultKind.Status, StatusCode = 500 });
        var failed = c.Run($"Copy-CeligoIntegration -Id {SeedIds.ZendeskIntegration} -ConnectionMap @{{ {map} }} -Confirm:$false");
        Assert.Equal(System.Management.Automation.ErrorCategory.ResourceUnavailable, Assert.Single(failed.Errors).CategoryInfo.Category);
        Assert.Equal(1, c.Emulator.Counters.Count("POST", $"/v1/integrations/{SeedIds.ZendeskIntegration}/clone"));
    }

    [Fact]
    public async Task InvokeExport_StreamsRecordsOverPagedExportState()
    {
        await using var c = await Connected.StartAsync();
        var all = c.Run($"Invoke-CeligoExport -Id {SeedIds.ShopifyOrdersExport}");
        all.ShouldSucceed();
        Assert.True(all.Output.Count > 100, "more than one page of records");
        var calls = c.Emulator.Counters.Count("POST", $"/v1/exports/{SeedIds.ShopifyOrdersExport}/invoke");
        Assert.True(calls >= 2);
        Assert.Equal(0, c.Emulator.Counters.JobsCreated("flow"));

        c.Emulator.Counters.Reset();
        var first = c.Run($"Get-CeligoExport -Id {SeedIds.ShopifyOrdersExport} | Invoke-CeligoExport -First 5");
        first.ShouldSucceed();
        Assert.Equal(5, first.Output.Count);
        Assert.Equal(1, c.Emulator.Counters.Count("POST", $"/v1/exports/{SeedIds.ShopifyOrdersExport}/invoke"));
    }
}
