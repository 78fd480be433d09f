using CeligoPS.HelpBuilder;
using CeligoPS.Tests.Infrastructure;

namespace CeligoPS.Tests.Help;

/// <summary>The help source: docs/en-US, read with the same reader the build uses.</summary>
public static class HelpPages
{
    public static string Folder => Path.Combine(RepoPaths.Root, "docs", "en-US");

    public static IReadOnlyList<HelpPage> All { get; } = MarkdownHelpReader.ReadFolder(Folder);

    public static HelpPage For(string command) =>
        All.SingleOrDefault(p => p.Name == command) ?? throw new Xunit.Sdk.XunitException($"docs/en-US has no page for {command}.");

    public static IEnumerable<object[]> Commands() => Module.ModuleManifestTests.ExpectedCommands.Select(c => new object[] { c });
}
