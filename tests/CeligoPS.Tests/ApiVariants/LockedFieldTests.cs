using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// Fields an integration app locks (celigo-api.md §9 #8): a PATCH is refused with 422
/// field_locked_by_integration_app, and a PUT answers 200 but keeps the old value. Either way the
/// user is told the change did not happen; a field not locked in the same change is applied.
/// </summary>
public sealed class LockedFieldTests
{
    private const string Flow = SeedIds.ShopifyOrdersFlow;

    [Fact]
    public async Task APatchOfALockedField_FailsWithTheApisCode_AndAdvice()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.State.LockForIntegrationApp(Flow, "schedule");
        var before = c.Emulator.State.Get("flows", Flow)!["schedule"]!.ToString();

        var result = c.Run($"Set-CeligoFlow -Id {Flow} -Schedule '? 0 1 ? * *' -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("field_locked_by_integration_app", error.FullyQualifiedErrorId);
        Assert.Contains("integration app", error.ErrorDetails?.RecommendedAction);
        Assert.Equal(before, c.Emulator.State.Get("flows", Flow)!["schedule"]!.ToString());
    }

    [Fact]
    public async Task APutThatKeepsALockedField_IsReportedAsNotApplied_NamingOnlyThatField()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.State.LockForIntegrationApp(Flow, "schedule");
        var before = c.Emulator.State.Get("flows", Flow)!["schedule"]!.ToString();

        var result = c.Run($"Set-CeligoFlow -Id {Flow} -Property @{{ schedule = '? 0 1 ? * *'; readme = 'Owned by ops' }} -Confirm:$false");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("ChangeNotApplied", error.FullyQualifiedErrorId);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidResult, error.CategoryInfo.Category);
        Assert.Contains("did not apply it to schedule:", error.Exception.Message);
        Assert.DoesNotContain("readme", error.Exception.Message);
        var stored = c.Emulator.State.Get("flows", Flow)!;
        Assert.Equal(before, stored["schedule"]!.ToString());
        Assert.Equal("Owned by ops", stored["readme"]!.ToString());
    }

    [Fact]
    public async Task AReadMergeWriteOfFieldsTheServerCompletes_IsNotReportedAsNotApplied()
    {
        await using var c = await Connected.StartAsync();

        // The server gives each flow grouping an _id and writes the time stamp its own way.
        var result = c.Run($"Set-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Property @{{ flowGroupings = @(@{{ name = 'Orders' }}); settings = @{{ notifyOnError = $false; threshold = 5.0 }} }} -Confirm:$false");

        result.ShouldSucceed();
    }
}
