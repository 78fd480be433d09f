using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// Multi-instance flows (celigo-api.md §9 #2): the API lists instance flows only when asked and sends
/// them without steps unless asked to merge them. Everything that works on a flow's steps works on an
/// instance flow, and changing one keeps its steps.
/// </summary>
public sealed class InstanceFlowTests
{
    private const string Instance = SeedIds.InstanceFlow;

    [Fact]
    public async Task TheEmulator_HidesInstancesUnlessAsked_AndSendsThemSparseUnlessMerged()
    {
        await using var c = await Connected.StartAsync();

        var result = c.Run($$"""
            (Invoke-CeligoRestMethod /v1/flows)._id -contains '{{Instance}}'
            (Invoke-CeligoRestMethod '/v1/flows?includeInstances=true')._id -contains '{{Instance}}'
            (Invoke-CeligoRestMethod '/v1/flows?_abstractFlowId={{SeedIds.AbstractFlow}}').Count
            $null -eq (Invoke-CeligoRestMethod /v1/flows/{{Instance}}).pageGenerators
            (Invoke-CeligoRestMethod '/v1/flows/{{Instance}}?mergeInstance=true').pageGenerators.Count
            """);

        result.ShouldSucceed();
        Assert.Equal(new object[] { false, true, 2, true, 1 }, result.Output.Select(o => o.BaseObject));
    }

    [Fact]
    public async Task AnInstanceFlow_IsListed_AndItsSteps_ErrorsAndJobErrorsAreFound()
    {
        await using var c = await Connected.StartAsync();
        var state = c.Emulator.State;
        var steps = state.StepIds(Instance);
        var open = steps.Sum(s => state.OpenErrorCount(Instance, s));
        var resolved = steps.Sum(s => state.ResolvedErrorCount(Instance, s));
        Assert.True(open > 0 && resolved > 0, "the seeded instance flow has open and resolved errors");

        var result = c.Run($$"""
            $instance = Get-CeligoFlow | Where-Object Id -eq '{{Instance}}'
            $instance.AbstractFlowId
            ($instance | Get-CeligoFlowStep).StepId -join ','
            ($instance | Get-CeligoError).Count
            ($instance | Get-CeligoError -Resolved).Count
            (Get-CeligoFlow -Id '{{Instance}}').PageGenerators.Count
            """);

        result.ShouldSucceed();
        Assert.Equal(SeedIds.AbstractFlow, result.Output[0].BaseObject);
        Assert.Equal(string.Join(",", steps), result.Output[1].BaseObject);
        Assert.Equal(open, result.Output[2].BaseObject);
        Assert.Equal(resolved, result.Output[3].BaseObject);
        Assert.Equal(1, result.Output[4].BaseObject);

        var cleared = c.Run($"Get-CeligoFlow | Where-Object Id -eq '{Instance}' | Clear-CeligoResolvedError -OlderThan (Get-Date).AddMinutes(1) -Confirm:$false");
        cleared.ShouldSucceed();
        Assert.Equal(0, steps.Sum(s => state.ResolvedErrorCount(Instance, s)));

        var jobErrors = c.Run($"Get-CeligoJob -FlowId {Instance} -Status Failed | Select-Object -First 1 | Get-CeligoError");
        jobErrors.ShouldSucceed();
        Assert.NotEmpty(jobErrors.Output);
        Assert.All(jobErrors.Output, e => Assert.Equal(Instance, e.Properties["FlowId"].Value));
    }

    [Fact]
    public async Task ChangingAnInstanceFlow_ByReadMergeWrite_KeepsItsSteps()
    {
        await using var c = await Connected.StartAsync();

        var result = c.Run($$"""
            Set-CeligoFlow -Id {{Instance}} -Property @{ overrides = @{ schedule = '? 15 */4 ? * *' } } -Confirm:$false
            (Get-CeligoFlowStep -FlowId {{Instance}}).Count
            (Invoke-CeligoRestMethod /v1/flows/{{Instance}}).overrides.schedule
            """);

        result.ShouldSucceed();
        Assert.Equal(new object[] { 2, "? 15 */4 ? * *" }, result.Output.Select(o => o.BaseObject));
        Assert.Equal(c.Emulator.State.StepIds(SeedIds.AbstractFlow), c.Emulator.State.StepIds(Instance));
    }
}
