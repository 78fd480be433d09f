using System.Management.Automation;
using CeligoPS.HelpBuilder;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Help;

/// <summary>
/// The help pages say exactly what the commands do: the same parameters, mandatory in the same sets,
/// taking the same pipeline input. A parameter added, renamed or changed in code fails here until its
/// page follows.
/// </summary>
public sealed class DocsMatchCodeTests
{
    [Fact]
    public void EveryExportedCommand_HasAPage_AndEveryPageIsAnExportedCommand()
    {
        Assert.Equal(Module.ModuleManifestTests.ExpectedCommands.OrderBy(n => n), HelpPages.All.Select(p => p.Name).OrderBy(n => n));
    }

    [Theory]
    [MemberData(nameof(HelpPages.Commands), MemberType = typeof(HelpPages))]
    public void PageParameters_MatchTheCommand(string command)
    {
        var page = HelpPages.For(command);
        using var host = new PowerShellHost();
        var info = (CmdletInfo)host.Run($"Get-Command {command}").Output[0].BaseObject;
        var problems = Compare(page, info).ToList();
        Assert.True(problems.Count == 0, "docs/en-US/" + command + ".md does not match the command:\n" + string.Join("\n", problems));
    }

    [Fact]
    public void TheComparison_CatchesADriftedPage()
    {
        // A page that claims -Status is mandatory and takes pipeline input, and forgets -Type.
        var page = HelpPages.For("Get-CeligoJob");
        var drifted = File.ReadAllText(page.SourcePath).Replace("### -Type\n", "### -Kind\n");
        var statusBlock = drifted.IndexOf("### -Status", StringComparison.Ordinal);
        var required = drifted.IndexOf("Required: False", statusBlock, StringComparison.Ordinal);
        drifted = drifted.Remove(required, "Required: False".Length).Insert(required, "Required: True");
        var parsed = MarkdownHelpReader.Parse(drifted, page.SourcePath);
        using var host = new PowerShellHost();
        var info = (CmdletInfo)host.Run("Get-Command Get-CeligoJob").Output[0].BaseObject;

        var problems = Compare(parsed, info).ToList();

        Assert.Contains(problems, p => p.Contains("-Type") && p.Contains("not documented"));
        Assert.Contains(problems, p => p.Contains("-Kind") && p.Contains("no such parameter"));
        Assert.Contains(problems, p => p.Contains("-Status") && p.Contains("mandatory"));
    }

    internal static IEnumerable<string> Compare(HelpPage page, CmdletInfo info)
    {
        var code = info.Parameters.Values.Where(p => !HelpContentTests.IsCommon(p.Name)).ToDictionary(p => p.Name);
        foreach (var name in code.Keys.Except(page.Parameters.Select(p => p.Name)))
        {
            yield return $"{info.Name}: -{name} is not documented";
        }
        foreach (var documented in page.Parameters)
        {
            if (!code.TryGetValue(documented.Name, out var actual))
            {
                yield return $"{info.Name}: the page documents -{documented.Name}, but there is no such parameter";
                continue;
            }
            foreach (var (setName, set) in actual.ParameterSets)
            {
                var docSet = setName == ParameterAttribute.AllParameterSets ? "(All)" : setName;
                var meta = documented.Metadata.FirstOrDefault(m => m.AppliesTo(docSet));
                if (meta == null)
                {
                    yield return $"{info.Name}: -{documented.Name} is in parameter set {docSet}, which its page does not list";
                    continue;
                }
                if (meta.Required != set.IsMandatory)
                {
                    yield return $"{info.Name}: -{documented.Name} in set {docSet} is {(set.IsMandatory ? "" : "not ")}mandatory, the page says otherwise";
                }
                if (meta.AcceptsPipelineByValue != set.ValueFromPipeline || meta.AcceptsPipelineByPropertyName != set.ValueFromPipelineByPropertyName)
                {
                    yield return $"{info.Name}: -{documented.Name} in set {docSet} takes pipeline input ByValue={set.ValueFromPipeline}, ByPropertyName={set.ValueFromPipelineByPropertyName}; the page says '{meta.PipelineInput}'";
                }
            }
            var docSets = documented.Metadata.SelectMany(m => m.ParameterSets).Where(s => s != "(All)");
            foreach (var extra in docSets.Except(actual.ParameterSets.Keys))
            {
                yield return $"{info.Name}: the page puts -{documented.Name} in set {extra}, where the command does not have it";
            }
        }
    }
}
