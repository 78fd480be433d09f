using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// Script logs in both shapes the sources show (celigo-api.md §4.12): Celigo's UI reads
/// <c>{"logs": [...], "nextPageURL"}</c>, its CLI a bare array paged with offset. Every line is read,
/// once, over several pages either way.
/// </summary>
public sealed class ScriptLogShapeTests
{
    public static TheoryData<bool> Shapes => new() { false, true };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task EveryLineIsRead_Once_InEitherShape(bool asArray)
    {
        await using var c = await Connected.StartAsync(o => o.ScriptLogsAsArray = asArray);
        var script = c.Run("(Get-CeligoScript -Name 'Shopify orders preSavePage').Id").Output[0].ToString();
        c.Run($"Enable-CeligoScriptDebug -Id {script} -Minutes 30").ShouldSucceed();
        // Enough runs for more than one page of 1000 lines (two lines per run).
        for (var i = 0; i < 520; i++) c.Emulator.State.LogScriptRun(script);

        var result = c.Run($"Get-CeligoScriptLog -Id {script}");

        result.ShouldSucceed();
        Assert.Equal(1040, result.Output.Count);
        Assert.True(c.Emulator.Counters.Count("GET", "/v1/scripts/{id}/logs") >= 2, "the log was read over more than one page");
    }
}
