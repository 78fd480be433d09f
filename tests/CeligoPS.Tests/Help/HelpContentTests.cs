using System.Management.Automation;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Help;

/// <summary>Get-Help on the built module shows real help for every command, and the about topic.</summary>
public sealed class HelpContentTests
{
    [Theory]
    [MemberData(nameof(HelpPages.Commands), MemberType = typeof(HelpPages))]
    public void GetHelpFull_ShowsSynopsisDescriptionParametersAndExamples(string command)
    {
        using var host = new PowerShellHost();
        var result = host.Run($"Get-Help {command} -Full");
        result.ShouldSucceed();
        var help = Assert.Single(result.Output);

        var synopsis = help.Properties["Synopsis"].Value?.ToString()?.Trim() ?? "";
        Assert.False(string.IsNullOrEmpty(synopsis));
        // Without help, Get-Help makes the synopsis from the syntax line.
        Assert.DoesNotContain("[-", synopsis);

        var description = Text(help.Properties["description"].Value);
        Assert.True(description.Length > 40, $"{command} has no real description");

        var examples = Values(help, "examples", "example");
        Assert.NotEmpty(examples);
        Assert.All(examples, e => Assert.False(string.IsNullOrWhiteSpace(Text(PSObject.AsPSObject(e).Properties["code"].Value))));

        using var metadata = new PowerShellHost();
        var parameters = ((CmdletInfo)metadata.Run($"Get-Command {command}").Output[0].BaseObject).Parameters.Keys
            .Where(p => !IsCommon(p)).ToList();
        var documented = Values(help, "parameters", "parameter").Select(PSObject.AsPSObject).ToList();
        foreach (var name in parameters)
        {
            var p = documented.SingleOrDefault(d => d.Properties["name"].Value?.ToString() == name);
            Assert.True(p != null, $"Get-Help {command} does not show -{name}");
            Assert.True(Text(p!.Properties["description"].Value).Length > 10, $"-{name} of {command} has no description");
        }
    }

    [Fact]
    public void AboutTopic_IsFound()
    {
        using var host = new PowerShellHost();
        var result = host.Run("Get-Help about_CeligoPS");
        result.ShouldSucceed();
        var text = string.Join("\n", result.Output.Select(o => o.ToString()));
        Assert.Contains("SESSIONS AND REGIONS", text);
        Assert.Contains("Retry-After", text);
    }

    /// <summary>The engine's common parameters (-Verbose, -ErrorAction...): documented once, not per command.</summary>
    internal static bool IsCommon(string name) => PSCmdlet.CommonParameters.Contains(name);

    private static List<object> Values(PSObject help, string container, string item)
    {
        var holder = help.Properties[container]?.Value;
        if (holder == null)
        {
            return new List<object>();
        }
        var value = PSObject.AsPSObject(holder).Properties[item]?.Value;
        return value switch
        {
            null => new List<object>(),
            object[] many => many.ToList(),
            _ => new List<object> { value },
        };
    }

    /// <summary>Help text comes as strings, or lists of objects with a Text property (maml paragraphs).</summary>
    internal static string Text(object? value) => value switch
    {
        null => "",
        string s => s,
        PSObject ps when ps.BaseObject is string s => s,
        PSObject ps when ps.BaseObject is object[] arr => string.Join("\n", arr.Select(Text)),
        PSObject ps when ps.Properties["Text"] != null => ps.Properties["Text"].Value?.ToString() ?? "",
        object[] arr => string.Join("\n", arr.Select(Text)),
        _ => value.ToString() ?? "",
    };
}
