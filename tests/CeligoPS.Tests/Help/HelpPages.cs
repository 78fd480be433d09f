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

    /// <summary>Examples that need a real account say so in their first line; they are checked, not run.</summary>
    public const string RealAccountMarker = "# Requires a real integrator.io account.";

    public static bool NeedsRealAccount(string code) => code.TrimStart().StartsWith(RealAccountMarker, StringComparison.Ordinal);

    public static IEnumerable<object[]> Commands() => Module.ModuleManifestTests.ExpectedCommands.Select(c => new object[] { c });

    public static IEnumerable<object[]> Examples() =>
        All.SelectMany(p => p.Examples.Select((e, i) => new object[] { p.Name, i + 1 }));
}
