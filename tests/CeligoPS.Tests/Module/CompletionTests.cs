using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>Tab completion, through the engine's own TabExpansion2.</summary>
public sealed class CompletionTests
{
    private static List<string> Complete(PowerShellHost host, string line)
    {
        host.SetVariable("line", line);
        var result = host.Run("(TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object CompletionText");
        result.ShouldSucceed();
        return result.Output.Select(o => o.ToString()).ToList();
    }

    [Theory]
    [InlineData("Get-CeligoJob -Status f", "failed")]
    [InlineData("Get-CeligoJob -Type re", "retry")]
    [InlineData("Connect-Celigo -Region e", "EU")]
    [InlineData("Get-CeligoError -Source mapp", "mapping")]
    [InlineData("Get-CeligoError -Classification dup", "duplicate")]
    public void KnownValues_Complete(string line, string expected)
    {
        using var host = new PowerShellHost();
        Assert.Contains(expected, Complete(host, line));
    }

    [Fact]
    public void Environment_CompletesFromTheConfigFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"celigo_config_{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{ "environments": { "production": {"api_key":"a"}, "sandbox": {"api_key":"b"} } }""");
        try
        {
            using var host = new PowerShellHost();
            Assert.Equal(new[] { "sandbox" }, Complete(host, $"Connect-Celigo -ConfigPath '{path}' -Environment s"));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task FlowIds_CompleteByName()
    {
        await using var c = await Connected.StartAsync();
        var matches = Complete(c.Host, "Get-CeligoJob -FlowId Fulfill");
        Assert.Contains(SeedIds.FulfillmentsFlow, matches);
        Assert.All(matches, id => Assert.Matches("^[0-9a-f]{24}$", id));
    }
}
