using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>Flows in no integration exist (celigo-api.md §9): the health report counts their open errors too.</summary>
public sealed class StandaloneFlowTests
{
    [Fact]
    public async Task TheHealthReport_CountsAStandaloneFlowsOpenErrors()
    {
        await using var c = await Connected.StartAsync();
        var flow = SeedIds.ShopifyOrdersFlow;
        // The flow leaves its integration: no integration's summary counts it any more.
        c.Emulator.State.EditAsAnotherUser("flows", flow, doc => doc.Remove("_integrationId"));
        var step = c.Emulator.State.StepIds(flow)[0];
        c.Emulator.State.AddOpenErrors(flow, step, 5, retriable: true);
        var open = c.Emulator.State.StepIds(flow).Sum(s => c.Emulator.State.OpenErrors(flow, s).Count);

        var result = c.Run($"$r = Get-CeligoHealthReport; ($r.OpenErrors | Where-Object FlowId -eq '{flow}').NumError; $r.FlowsWithErrors");

        result.ShouldSucceed();
        Assert.Equal((long)open, Convert.ToInt64(result.Output[0].BaseObject));
    }
}
