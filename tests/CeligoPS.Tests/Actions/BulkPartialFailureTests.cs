using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>
/// A bulk error action whose step needs two calls, one accepted and one refused: every error says
/// what became of it (Done for the accepted call, Uncertain for the refused one), not Failed for all.
/// </summary>
public sealed class BulkPartialFailureTests
{
    public static TheoryData<string, string, string> Actions => new()
    {
        { "resolved", "PUT", "Resolve-CeligoError -Confirm:$false" },
        { "errors/assign", "PUT", "Set-CeligoErrorAssignee -Email ana.admin@acme-outdoor.com -Confirm:$false" },
        { "tags", "PUT", "Set-CeligoErrorTag -Tag $tag -Confirm:$false" },
    };

    [Theory]
    [MemberData(nameof(Actions))]
    public async Task OneCallOfTwoRefused_TheOthersErrorsAreDone_TheRefusedOnesUncertain(string action, string method, string command)
    {
        await using var c = await Connected.StartAsync();
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = c.Emulator.State.StepIds(flow)[0];
        // Exactly two calls' worth: 2000 open errors on the step.
        c.Emulator.State.AddOpenErrors(flow, step, 2000 - c.Emulator.State.OpenErrors(flow, step).Count, retriable: true);
        // The second call of the step (1000 ids each) is refused; the first goes through.
        c.Emulator.Faults.Add(new FaultRule { Method = method, PathPrefix = $"/v1/flows/{flow}/{step}/{action}", Kind = FaultKind.Status, StatusCode = 422, SkipFirst = 1, Times = 1 });
        c.Host.SetVariable("tag", "partial-test");

        var result = c.Run($"New-CeligoTag -Name $tag | Out-Null; Get-CeligoError -FlowId {flow} -StepId {step} | {command}");

        var outcomes = result.Output.Where(o => o.Properties["Status"] != null)
            .GroupBy(o => (string)o.Properties["Status"].Value).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(1000, outcomes.GetValueOrDefault("Done"));
        Assert.Equal(1000, outcomes.GetValueOrDefault("Uncertain"));
        Assert.False(outcomes.ContainsKey("Failed"));
        var error = Assert.Single(result.AllErrors);
        Assert.Contains("1000 accepted", error.Exception.Message);
    }
}
