using System.Management.Automation.Language;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>
/// Every PowerShell file in the repository parses. The Pester suite and build.ps1 cannot run on every
/// machine, so this is what catches their syntax errors everywhere.
/// </summary>
public sealed class ScriptSyntaxTests
{
    public static IEnumerable<object[]> ScriptFiles() =>
        Directory.EnumerateFiles(RepoPaths.Root, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".ps1") || f.EndsWith(".psm1") || f.EndsWith(".psd1"))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj" or "out" or ".git"))
            .Select(f => new object[] { Path.GetRelativePath(RepoPaths.Root, f) });

    [Theory]
    [MemberData(nameof(ScriptFiles))]
    public void ScriptFile_Parses(string relativePath)
    {
        Parser.ParseFile(Path.Combine(RepoPaths.Root, relativePath), out _, out var errors);
        Assert.True(errors.Length == 0,
            $"{relativePath} has syntax errors:\n" + string.Join("\n", errors.Select(e => $"line {e.Extent.StartLineNumber}: {e.Message}")));
    }

    [Fact]
    public void TheRepositoryHasScriptsToParse()
    {
        // Guards the theory above against silently finding nothing.
        Assert.Contains(ScriptFiles(), f => ((string)f[0]).EndsWith("build.ps1"));
    }
}
