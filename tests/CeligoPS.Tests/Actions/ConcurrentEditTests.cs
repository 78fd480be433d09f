using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>
/// Read-merge-write commands against another editor who changes the document between the command's
/// read and its write: the other change is kept, not reverted; a document that keeps changing is
/// left alone with an error that says so.
/// </summary>
public sealed class ConcurrentEditTests
{
    public static TheoryData<string, string, string> Commands => new()
    {
        { "flows", SeedIds.ShopifyOrdersFlow, $"Set-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Property @{{ skipRetries = $true }} -Confirm:$false" },
        { "integrations", SeedIds.ShopifyIntegration, $"Set-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Property @{{ skipRetries = $true }} -Confirm:$false" },
    };

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task AChangeMadeElsewhere_BetweenTheReadAndTheWrite_IsKept(string collection, string id, string script)
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.Faults.Add(new FaultRule
        {
            Method = "GET", PathPrefix = $"/v1/{collection}/{id}", Kind = FaultKind.ThenAct, Times = 1,
            Then = () => c.Emulator.State.EditAsAnotherUser(collection, id, doc => doc["readme"] = "edited elsewhere"),
        });

        c.Run(script).ShouldSucceed();

        var stored = c.Emulator.State.Get(collection, id)!;
        Assert.Equal("edited elsewhere", stored["readme"]!.GetValue<string>());
        Assert.True(stored["skipRetries"]!.GetValue<bool>());
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task ADocumentThatKeepsChanging_IsNotWritten_AndTheErrorSaysWhy(string collection, string id, string script)
    {
        await using var c = await Connected.StartAsync();
        var edits = 0;
        c.Emulator.Faults.Add(new FaultRule
        {
            Method = "GET", PathPrefix = $"/v1/{collection}/{id}", Kind = FaultKind.ThenAct, Times = -1,
            Then = () => c.Emulator.State.EditAsAnotherUser(collection, id, doc => doc["readme"] = $"edit {++edits}"),
        });

        var result = c.Run(script);

        var error = Assert.Single(result.AllErrors);
        Assert.Equal(ErrorCategory.ResourceBusy, error.CategoryInfo.Category);
        Assert.StartsWith("ConcurrentChange", error.FullyQualifiedErrorId);
        Assert.Contains("nothing was written", error.Exception.Message);
        Assert.NotEqual(true, c.Emulator.State.Get(collection, id)!["skipRetries"]?.GetValue<bool>());
        Assert.Equal(0, c.Emulator.Counters.Count("PUT", $"/v1/{collection}/{{id}}"));
    }
}
