using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>
/// Every state-changing command with -WhatIf: nothing but reads reaches the API, nothing changes, and
/// the "What if:" line names what would be touched.
/// </summary>
public sealed class WhatIfTests
{
    private const string Flow = SeedIds.ShopifyOrdersFlow;
    private const string Step = SeedIds.NetSuiteSalesOrderImport;
    private const string Cache = SeedIds.SkuLookupCache;

    public static IEnumerable<object[]> Commands() => new[]
    {
        new object[] { "Get-CeligoJob -Status Failed | Invoke-CeligoErrorRetry -WhatIf", "Retry", "of step" },
        new object[] { $"Invoke-CeligoFlow -Id {Flow} -WhatIf", "Run", $"flow 'Shopify Orders to NetSuite Sales Orders' ({Flow})" },
        new object[] { "Save-CeligoEnvironment -Name staging -Token demo-token -BaseUri http://127.0.0.1:5099 -ConfigPath ./whatif-celigo.json -WhatIf", "Save the API token", "environment 'staging'" },
        new object[] { $"Stop-CeligoJob -Id {SeedIds.FailedOrdersFlowJob} -WhatIf", "Cancel", $"job {SeedIds.FailedOrdersFlowJob}" },
        new object[] { $"Get-CeligoError -FlowId {Flow} -StepId {Step} | Resolve-CeligoError -WhatIf", "Resolve", $"of step 'Create NetSuite Sales Orders' ({Step}) in flow 'Shopify Orders to NetSuite Sales Orders' ({Flow})" },
        new object[] { $"Clear-CeligoResolvedError -FlowId {Flow} -OlderThan (Get-Date).AddMinutes(1) -WhatIf", "Delete", "resolved before" },
        new object[] { $"Get-CeligoError -FlowId {Flow} -StepId {Step} -First 1 | Get-CeligoErrorRetryData | Set-CeligoErrorRetryData -Retry -WhatIf", "Replace and retry", "retry data" },
        new object[] { $"Get-CeligoError -FlowId {Flow} -StepId {Step} | Set-CeligoErrorAssignee -Email ana.admin@acme-outdoor.com -WhatIf", "Assign", "to ana.admin@acme-outdoor.com" },
        new object[] { $"Get-CeligoError -FlowId {Flow} -StepId {Step} | Set-CeligoErrorTag -Tag (Get-CeligoTag -First 1).Tag -WhatIf", "Tag", $"({Step}) in flow" },
        new object[] { $"Enable-CeligoConnectionDebug -Id {SeedIds.OfflineConnection} -WhatIf", "Record debug log", $"connection {SeedIds.OfflineConnection}" },
        new object[] { $"Enable-CeligoFlow -Id {Flow} -WhatIf", "Enable", $"flows {Flow}" },
        new object[] { $"Disable-CeligoFlow -Id {Flow} -WhatIf", "Disable", $"flows {Flow}" },
        new object[] { $"Set-CeligoFlow -Id {Flow} -Name x -WhatIf", "Set name", $"flows {Flow}" },
        new object[] { $"Set-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Description x -WhatIf", "whole document", SeedIds.ShopifyIntegration },
        new object[] { $"Remove-CeligoFlow -Id {Flow} -WhatIf", "Delete", $"flows {Flow}" },
        new object[] { $"Remove-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -WhatIf", "Delete", SeedIds.ShopifyIntegration },
        new object[] { "New-CeligoIntegration -Name 'X' -WhatIf", "Create", "integration 'X'" },
        new object[] { $"New-CeligoFlow -Name 'F' -IntegrationId {SeedIds.ShopifyIntegration} -ExportId {SeedIds.ShopifyOrdersExport} -ImportId {Step} -WhatIf", "Create", "flow 'F'" },
        new object[] { "New-CeligoConnection -Name 'C' -Type http -WhatIf", "Create", "connection 'C'" },
        new object[] { $"Copy-CeligoFlow -Id {Flow} -IntegrationId {SeedIds.SalesforceIntegration} -WhatIf", "Clone", Flow },
        new object[] { $"Copy-CeligoIntegration -Id {SeedIds.ZendeskIntegration} -WhatIf", "Clone", SeedIds.ZendeskIntegration },
        new object[] { "New-CeligoTag -Tag 'urgent' -WhatIf", "Create", "tag 'urgent'" },
        new object[] { "Get-CeligoTag -First 1 | Set-CeligoTag -Tag 'renamed' -WhatIf", "Set tag", "tags" },
        new object[] { "Get-CeligoTag -First 1 | Remove-CeligoTag -WhatIf", "Delete", "tags" },
        new object[] { "Set-CeligoState -Key k -Value 1 -WhatIf", "Set", "state key 'k'" },
        new object[] { "Remove-CeligoState -Key shopifyCursor -WhatIf", "Remove", "state key 'shopifyCursor'" },
        new object[] { $"Set-CeligoLookupCacheData -LookupCacheId {Cache} -Entry @{{ a = 1 }} -WhatIf", "Write", $"lookup cache {Cache}" },
        new object[] { $"Remove-CeligoLookupCacheData -LookupCacheId {Cache} -Key SKU-00001 -WhatIf", "Delete", "SKU-00001" },
        new object[] { $"Remove-CeligoLookupCacheData -LookupCacheId {Cache} -All -WhatIf", "Delete", "every entry" },
        new object[] { $"Invoke-CeligoRestMethod -Method DELETE -Path flows/{Flow} -WhatIf", "DELETE", $"/v1/flows/{Flow}" },
        new object[] { $"Get-CeligoIntegration -Id {SeedIds.ShopifyIntegration} | Export-CeligoTemplate -Path ([System.IO.Path]::GetTempPath()) -Force -WhatIf", "Download the template", ".zip" },
        new object[] { $"Save-CeligoJobDiagnostic -Id {SeedIds.FailedOrdersFlowJob} -Path ([System.IO.Path]::GetTempPath()) -Force -WhatIf", "Download the diagnostics bundle", "-diagnostics.zip" },
        new object[] { $"Get-CeligoJob -Id {SeedIds.FailedOrdersFlowJob} | Save-CeligoJobFile -Path ([System.IO.Path]::GetTempPath()) -Force -WhatIf", "Download file", "-export.json" },
        new object[] { $"Clear-CeligoJobFile -Id {SeedIds.FailedOrdersFlowJob} -WhatIf", "Delete the files", $"job {SeedIds.FailedOrdersFlowJob}" },
        new object[] { $"Disable-CeligoConnectionDebug -Id {SeedIds.OfflineConnection} -Clear -WhatIf", "Stop the debug log and delete", $"connection {SeedIds.OfflineConnection}" },
        new object[] { "Get-CeligoScript -First 1 | Enable-CeligoScriptDebug -WhatIf", "Record debug log", "script " },
        new object[] { "New-CeligoExport -Name 'E' -AdaptorType HTTPExport -WhatIf", "Create", "export 'E'" },
        new object[] { $"Set-CeligoExport -Id {SeedIds.ShopifyOrdersExport} -Name x -WhatIf", "whole document", SeedIds.ShopifyOrdersExport },
        new object[] { $"Copy-CeligoExport -Id {SeedIds.ShopifyOrdersExport} -WhatIf", "Clone", SeedIds.ShopifyOrdersExport },
        new object[] { $"Remove-CeligoExport -Id {SeedIds.ShopifyOrdersExport} -WhatIf", "Delete", SeedIds.ShopifyOrdersExport },
        new object[] { "New-CeligoImport -Name 'I' -AdaptorType HTTPImport -WhatIf", "Create", "import 'I'" },
        new object[] { $"Set-CeligoImport -Id {Step} -Description x -WhatIf", "whole document", Step },
        new object[] { $"Copy-CeligoImport -Id {Step} -WhatIf", "Clone", Step },
        new object[] { $"Remove-CeligoImport -Id {Step} -WhatIf", "Delete", Step },
        new object[] { $"@{{ a = 1 }}, @{{ a = 2 }} | Invoke-CeligoImport -Id {Step} -WhatIf", "Send 2 record(s)", $"import {Step}" },
        new object[] { "New-CeligoScript -Name 'S' -Content 'function f(o) { return o; }' -WhatIf", "Create", "script 'S'" },
        new object[] { "Get-CeligoScript -First 1 | Set-CeligoScript -Content '// x' -WhatIf", "Set content", "scripts" },
        new object[] { "Get-CeligoScript -First 1 | Remove-CeligoScript -WhatIf", "Delete", "scripts" },
        new object[] { "New-CeligoLookupCache -Name 'L' -WhatIf", "Create", "lookupcache 'L'" },
        new object[] { $"Set-CeligoLookupCache -Id {Cache} -Name x -WhatIf", "Set name", Cache },
        new object[] { $"Remove-CeligoLookupCache -Id {Cache} -WhatIf", "Delete", Cache },
        new object[] { $"Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path ([System.IO.Path]::GetTempPath()) -Force -WhatIf", "Write integration", "Shopify - NetSuite" },
        new object[] { $"$d = New-Item -ItemType Directory (Join-Path ([System.IO.Path]::GetTempPath()) ([guid]::NewGuid())); Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path $d | Out-Null; " +
                       "Remove-Item (Join-Path $d 'Shopify - NetSuite/flows/NetSuite Inventory to Shopify.json'); Publish-CeligoIntegration -Path (Join-Path $d 'Shopify - NetSuite') -Prune -WhatIf",
                       "Delete", "flow 'NetSuite Inventory to Shopify'" },
        new object[] { $"New-CeligoRevision -IntegrationId {SeedIds.ShopifyIntegration} -Description 'before' -WhatIf", "Make a snapshot revision 'before'", $"integration {SeedIds.ShopifyIntegration}" },
        new object[] { "Add-CeligoUser -Email new.person@acme-outdoor.com -AccessLevel monitor -WhatIf", "Invite with access level monitor", "new.person@acme-outdoor.com" },
        new object[] { "Get-CeligoUser -Name 'Mona Monitor' | Set-CeligoUser -AccessLevel manage -WhatIf", "Set access", "mona.monitor" },
        new object[] { "Get-CeligoUser -Name 'Mona Monitor' | Disable-CeligoUser -WhatIf", "Disable", "mona.monitor" },
        new object[] { "Get-CeligoUser -Name 'Mona Monitor' | Enable-CeligoUser -WhatIf", "Enable", "mona.monitor" },
        new object[] { "Get-CeligoUser -Name 'Pat Pending' | Send-CeligoUserInvitation -WhatIf", "Send the invitation again", "pat.pending" },
        new object[] { "Get-CeligoUser -Name 'Pat Pending' | Remove-CeligoUser -WhatIf", "Delete", "pat.pending" },
        new object[] { $"Set-CeligoConnection -Id {SeedIds.OfflineConnection} -Configuration @{{ baseURI = 'https://x.example.com' }} -WhatIf", "Set configuration baseURI", SeedIds.OfflineConnection },
        new object[] { $"Remove-CeligoConnection -Id {SeedIds.OfflineConnection} -WhatIf", "Delete", SeedIds.OfflineConnection },
        new object[] { $"Register-CeligoConnection -Id {SeedIds.OfflineConnection} -IntegrationId {SeedIds.ShopifyIntegration} -WhatIf", "Register connection(s)", $"integration {SeedIds.ShopifyIntegration}" },
        new object[] { $"Unregister-CeligoConnection -Id {SeedIds.OfflineConnection} -IntegrationId {SeedIds.ZendeskIntegration} -WhatIf", "Deregister", $"connection {SeedIds.OfflineConnection}" },
        new object[] { $"Get-CeligoFlowStep -FlowId {SeedIds.FulfillmentsFlow} | Set-CeligoConnectionReference -ConnectionId (Get-CeligoImport -Id {SeedIds.ShopifyFulfillmentImport}).ConnectionId -NewConnectionId {SeedIds.OfflineConnection} -WhatIf", "Use connection", "'Create Shopify Fulfillments'" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task WhatIf_SendsNoChange_AndNamesTheTarget(string script, string action, string target)
    {
        await using var c = await Connected.StartAsync();

        var result = c.Run(script);

        result.ShouldSucceed();
        Assert.DoesNotContain(c.Emulator.Counters.Requests, r => r.Method != "GET");
        Assert.Equal(0, c.Emulator.Counters.JobsCreated("flow") + c.Emulator.Counters.JobsCreated("retry"));
        var whatIf = result.HostLines.Where(l => l.StartsWith("What if:")).ToList();
        Assert.True(whatIf.Count > 0, "no What if: line was written");
        Assert.Contains(whatIf, l => l.Contains(action) && l.Contains(target));
    }

    [Fact]
    public void EveryStateChangingCommand_IsCovered()
    {
        using var host = new PowerShellHost();
        var changing = host.Run("Get-Command -Module CeligoPS | Where-Object { $_.Parameters.ContainsKey('WhatIf') } | ForEach-Object Name")
            .Output.Select(o => o.ToString()).ToList();
        var covered = Commands().Select(row => (string)row[0]).ToList();
        Assert.All(changing, name => Assert.Contains(covered, script => script.Contains(name + " ")));
    }
}
