using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>Compare-CeligoIntegration: a folder against an account, and one account against another, one object per difference.</summary>
public sealed class IntegrationCompareTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "celigops-compare-" + Guid.NewGuid().ToString("N"));

    public IntegrationCompareTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task AFolderJustExported_HasNoDifference_AndEachEditShowsAsOneRow()
    {
        await using var c = await Connected.StartAsync();
        c.Run($"Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path '{_root}'").ShouldSucceed();
        var folder = Path.Combine(_root, "Shopify - NetSuite");

        var same = c.Run($"Compare-CeligoIntegration -Path '{folder}'");
        same.ShouldSucceed();
        Assert.Empty(same.Output);

        var flowFile = Path.Combine(folder, "flows", "Shopify Orders to NetSuite Sales Orders.json");
        File.WriteAllText(flowFile, File.ReadAllText(flowFile).Replace("\"? 0/15 * ? * *\"", "\"? 0 */2 ? * *\""));
        File.Delete(Path.Combine(folder, "imports", "Create NetSuite Credit Memos.json"));

        var rows = c.Run($"Compare-CeligoIntegration -Path '{folder}'");

        rows.ShouldSucceed();
        Assert.Equal(2, rows.Output.Count);
        var schedule = rows.Output.Single(r => (string?)r.Properties["Path"].Value == "schedule");
        Assert.Equal("flow", schedule.Properties["Kind"].Value);
        Assert.Equal("Shopify Orders to NetSuite Sales Orders", schedule.Properties["Name"].Value);
        Assert.Equal("? 0 */2 ? * *", schedule.Properties["ReferenceValue"].Value?.ToString());
        Assert.Equal("? 0/15 * ? * *", schedule.Properties["DifferenceValue"].Value?.ToString());
        var missing = rows.Output.Single(r => (string?)r.Properties["Kind"].Value == "import");
        Assert.Equal("Difference", missing.Properties["OnlyIn"].Value);
        var table = c.Run($"Compare-CeligoIntegration -Path '{folder}' | Out-String -Width 80");
        Assert.All(string.Concat(table.Output.Select(o => o.ToString())).Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
    }

    [Fact]
    public async Task AMapNamingNoConnectionOfTheFolder_IsRefusedBeforeAnyRequest()
    {
        await using var c = await Connected.StartAsync();
        c.Run($"Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path '{_root}'").ShouldSucceed();
        c.Emulator.Counters.Reset();

        var refused = c.Run($"Compare-CeligoIntegration -Path '{Path.Combine(_root, "Shopify - NetSuite")}' -ConnectionMap @{{ 'NetSuite Sandbox' = 'NetSuite Production' }}");

        var error = Assert.Single(refused.Errors);
        Assert.Contains("'NetSuite Sandbox'", error.Exception.Message);
        Assert.Contains("its connections are: 'NetSuite Production', 'Shopify'", error.Exception.Message);
        Assert.Equal(0, c.Emulator.Counters.Total);
    }

    [Fact]
    public async Task TwoAccounts_DifferOnlyWhereTheirConfigurationDoes()
    {
        await using var c = await Connected.StartAsync();
        await using var other = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        c.Host.SetVariable("OtherUri", other.BaseUri.ToString());
        // The other account's session is handed out; the default goes back to the first account.
        c.Run("$script:Other = Connect-Celigo -BaseUri $OtherUri -Token $CeligoTestToken -PassThru; Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken").ShouldSucceed();

        var same = c.Run("Compare-CeligoIntegration -ReferenceSession $Other -Name 'Zendesk Sync'");
        c.Run($"Set-CeligoFlow -Id (Get-CeligoFlow -IntegrationId {SeedIds.ZendeskIntegration} -Name 'Warehouse Returns to Zendesk').Id -Schedule '? 0 9 ? * *'").ShouldSucceed();
        var changed = c.Run("Compare-CeligoIntegration -ReferenceSession $Other -Name 'Zendesk Sync'");

        same.ShouldSucceed();
        Assert.Empty(same.Output);
        changed.ShouldSucceed();
        var row = Assert.Single(changed.Output);
        Assert.Equal("schedule", row.Properties["Path"].Value);
        Assert.Equal("? 0 9 ? * *", row.Properties["DifferenceValue"].Value?.ToString());
    }
}
