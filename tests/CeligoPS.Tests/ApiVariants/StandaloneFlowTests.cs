using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>Flows in no integration exist (celigo-api.md §9 #3): the health report counts their open errors too, and names them.</summary>
public sealed class StandaloneFlowTests
{
    [Fact]
    public async Task TheHealthReport_CountsTheSeededStandaloneFlowsOpenErrors()
    {
        await using var c = await Connected.StartAsync();
        var flow = SeedIds.StandaloneFlow;
        var open = c.Emulator.State.StepIds(flow).Sum(s => c.Emulator.State.OpenErrorCount(flow, s));
        Assert.True(open > 0, "the seeded standalone flow has open errors");

        var result = c.Run($"$r = Get-CeligoHealthReport; $e = $r.OpenErrors | Where-Object FlowId -eq '{flow}'; $e.NumError; $e.FlowName");

        result.ShouldSucceed();
        Assert.Equal((long)open, Convert.ToInt64(result.Output[0].BaseObject));
        Assert.Equal("Currency Rates to NetSuite", result.Output[1].BaseObject);
    }
}
