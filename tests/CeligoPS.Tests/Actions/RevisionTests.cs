using System.Text.Json.Nodes;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>Integration revisions: snapshots made and listed, and a pending revision compared field by field.</summary>
public sealed class RevisionTests
{
    [Fact]
    public async Task ASnapshot_IsListedNewestFirst_AndAPendingRevisionShowsEachFieldItWouldChange()
    {
        await using var c = await Connected.StartAsync();
        var integration = SeedIds.ShopifyIntegration;
        c.Run($"New-CeligoRevision -IntegrationId {integration} -Description 'first'").ShouldSucceed();
        var pending = c.Emulator.State.AddPendingRevision(integration, "pull from sandbox", new Dictionary<string, JsonObject>
        {
            [SeedIds.ShopifyOrdersFlow] = new() { ["schedule"] = "? 0 */2 ? * *", ["description"] = "every two hours" },
        });

        var listed = c.Run($"Get-CeligoRevision -IntegrationId {integration}");
        var diff = c.Run($"Get-CeligoIntegration -Id {integration} | Get-CeligoRevision | Where-Object Status -eq 'pending' | Compare-CeligoRevision");
        var snapshot = c.Run($"Get-CeligoRevision -IntegrationId {integration} | Where-Object Type -eq 'snapshot' | Compare-CeligoRevision");

        listed.ShouldSucceed();
        Assert.Equal(new[] { "pull from sandbox", "first" }, listed.Output.Select(r => (string)r.Properties["Description"].Value));
        diff.ShouldSucceed();
        Assert.Equal(new[] { "description", "schedule" }, diff.Output.Select(d => (string)d.Properties["Path"].Value).OrderBy(p => p));
        var schedule = diff.Output.Single(d => (string)d.Properties["Path"].Value == "schedule");
        Assert.Equal("? 0 */2 ? * *", schedule.Properties["NewValue"].Value?.ToString());
        Assert.Equal("? 0/15 * ? * *", schedule.Properties["CurrentValue"].Value?.ToString());
        Assert.Equal("Shopify Orders to NetSuite Sales Orders", schedule.Properties["Name"].Value);
        Assert.Equal(pending, schedule.Properties["RevisionId"].Value);
        var error = Assert.Single(snapshot.Errors);
        Assert.StartsWith("invalid_revision_state", error.FullyQualifiedErrorId);
    }
}
