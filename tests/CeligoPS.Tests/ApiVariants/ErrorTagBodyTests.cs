using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// Error tags under either body the sources give (celigo-api.md §7, §9): the documented
/// {errorIds, tagIds} and the CLI's {errors: [{id, rdk}], tagIds}. The errors get their tags either
/// way; against the CLI's shape the documented one is refused once, and the session remembers.
/// </summary>
public sealed class ErrorTagBodyTests
{
    public static TheoryData<bool> Shapes => new() { false, true };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task ErrorsAreTagged_UnderEitherBody_FallingBackOncePerSession(bool byRetryDataKey)
    {
        await using var c = await Connected.StartAsync(o => o.ErrorTagsByRetryDataKey = byRetryDataKey);
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = c.Emulator.State.StepIds(flow)[0];
        c.Emulator.State.AddOpenErrors(flow, step, 4, retriable: true);
        var errors = $"Get-CeligoError -FlowId {flow} -StepId {step} | Select-Object -First 2";

        c.Run("New-CeligoTag -Name first | Out-Null; New-CeligoTag -Name second | Out-Null").ShouldSucceed();
        c.Run($"{errors} | Set-CeligoErrorTag -Tag first -Confirm:$false").ShouldSucceed();
        var firstCalls = c.Emulator.Counters.Count("PUT", "/v1/flows/{id}/{id}/tags");
        c.Run($"{errors} | Set-CeligoErrorTag -Tag second -Confirm:$false").ShouldSucceed();
        var secondCalls = c.Emulator.Counters.Count("PUT", "/v1/flows/{id}/{id}/tags") - firstCalls;

        Assert.Equal(byRetryDataKey ? 2 : 1, firstCalls);
        Assert.Equal(1, secondCalls);
        var tagged = c.Emulator.State.OpenErrors(flow, step).Where(e => e["tags"] is System.Text.Json.Nodes.JsonArray { Count: > 0 }).ToList();
        Assert.Equal(2, tagged.Count);
    }
}
