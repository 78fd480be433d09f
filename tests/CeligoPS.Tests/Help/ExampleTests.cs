using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Help;

/// <summary>Every help example, every PowerShell block of the README and examples/Demo.ps1 run without error.</summary>
public sealed class ExampleTests
{
    [Theory]
    [MemberData(nameof(HelpPages.Examples), MemberType = typeof(HelpPages))]
    public Task HelpExample_Runs(string command, int number) =>
        ScriptExamples.RunAsync(HelpPages.For(command).Examples[number - 1].Code, $"{command} example {number}");

    public static IEnumerable<object[]> ReadmeBlocks() =>
        ScriptExamples.PowerShellBlocks(Path.Combine(RepoPaths.Root, "README.md")).Select((_, i) => new object[] { i + 1 });

    [Theory]
    [MemberData(nameof(ReadmeBlocks))]
    public Task ReadmeBlock_Runs(int number) =>
        ScriptExamples.RunAsync(ScriptExamples.PowerShellBlocks(Path.Combine(RepoPaths.Root, "README.md")).ElementAt(number - 1), $"README block {number}");

    [Fact]
    public void EveryHelpPage_HasAnExample_AndMostExamplesReallyRun()
    {
        Assert.All(HelpPages.All, p => Assert.NotEmpty(p.Examples));
        var all = HelpPages.All.SelectMany(p => p.Examples).ToList();
        var checkedOnly = all.Count(e => HelpPages.NeedsRealAccount(e.Code));
        Assert.True(checkedOnly * 4 <= all.Count, $"{checkedOnly} of {all.Count} examples need a real account; most must run against the emulator");
    }

    [Fact]
    public async Task ABrokenExample_Fails()
    {
        // The runner must not swallow failures: a parameter that does not exist is reported.
        await Assert.ThrowsAsync<Xunit.Sdk.XunitException>(() => ScriptExamples.RunAsync("Get-CeligoJob -Statu Failed -NoSuchThing", "a broken example"));
        Assert.ThrowsAny<Exception>(() => ScriptExamples.CheckCommandsAndParameters(HelpPages.RealAccountMarker + "\nConnect-Celigo -Regio EU -Tokn x", "a broken real-account example"));
    }
}
