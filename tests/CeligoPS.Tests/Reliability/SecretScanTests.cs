using System.Collections;
using System.Management.Automation;
using System.Text;
using System.Xml.Linq;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Reliability;

/// <summary>
/// Looks for the token everywhere a user, a transcript, a log or a file could show it, after a run
/// that goes through success, retries, API errors, a refused connection and a wrong token.
/// </summary>
public sealed class SecretScanTests : IDisposable
{
    private readonly DirectoryInfo _work = Directory.CreateTempSubdirectory("celigops-secrets-");

    public void Dispose() => _work.Delete(recursive: true);

    [Fact]
    public async Task Token_IsNowhere_ButInTheConfigFileItWasSavedTo_WhichOnlyItsOwnerCanRead()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/flows", Kind = FaultKind.Status, StatusCode = 503, Times = 1 });
        var config = Path.Combine(_work.FullName, "celigo_config.json");
        c.Host.SetVariable("work", _work.FullName);
        c.Host.SetVariable("config", config);
        var script = string.Join("\n",
            "$session = Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken -PassThru -Verbose",
            "$session",
            "Get-CeligoContext",
            "Get-CeligoFlow -Verbose -Debug",
            "Get-CeligoJob -Status Failed -First 3 -Verbose -Debug",
            "Get-CeligoFlow -Id 0123456789abcdef01234567 -Verbose",
            "Invoke-CeligoRestMethod -Path /v1/tokenInfo -Verbose -Debug",
            $"Export-CeligoTemplate -FlowId {SeedIds.ShopifyOrdersFlow} -Path $work -Force -Verbose",
            "Save-CeligoEnvironment -Name ci -Token $CeligoTestToken -BaseUri $CeligoTestBaseUri -ConfigPath $config -PassThru -Verbose -Confirm:$false",
            "Get-CeligoFlow -Session $session -First 1",
            // Refused connection, then a wrong token that contains the right one.
            "Connect-Celigo -BaseUri 'http://127.0.0.1:1' -Token $CeligoTestToken -Verbose",
            "Connect-Celigo -BaseUri $CeligoTestBaseUri -Token ($CeligoTestToken + 'x') -Verbose -Debug");

        var result = c.Run(script, verbose: true, debug: true);

        // The run went where it was meant to: retried, failed in the three ways, wrote its files.
        Assert.Contains(result.Debug, d => d.Contains("503"));
        Assert.Contains(result.AllErrors, e => e.CategoryInfo.Category == ErrorCategory.ObjectNotFound);
        Assert.Contains(result.AllErrors, e => e.CategoryInfo.Category == ErrorCategory.ConnectionError);
        Assert.Contains(result.AllErrors, e => e.CategoryInfo.Category == ErrorCategory.AuthenticationError);
        Assert.True(File.Exists(config));

        var places = new Dictionary<string, string>
        {
            ["streams, error records and exception text"] = result.AllText,
            ["objects as ConvertTo-Json would write them"] = string.Join("\n", result.Output.Select(o => JsonView(o, depth: 0))),
            ["format views"] = FormatViews(c.Host, result.Output),
            ["the session variable"] = JsonView(c.Host.Run("$session").Output.Single(), depth: 0),
        };
        foreach (var file in _work.EnumerateFiles("*", SearchOption.AllDirectories).Concat(new DirectoryInfo(RepoPaths.ModuleFolder).EnumerateFiles("*", SearchOption.AllDirectories)))
        {
            if (file.FullName != config)
            {
                places["file " + file.FullName] = Encoding.UTF8.GetString(File.ReadAllBytes(file.FullName));
            }
        }
        Assert.All(places, place => Assert.False(place.Value.Contains(Connected.Token), $"the token appears in {place.Key}"));
        Assert.True(places.Count > 6);
        Assert.Contains(Connected.Token, File.ReadAllText(config));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(config));
        }
    }

    /// <summary>
    /// What ConvertTo-Json reads (it is not in the hosted engine): every property, and every element
    /// of collections, deeper than its default depth of 2.
    /// </summary>
    private static string JsonView(object? value, int depth)
    {
        if (value is null || depth > 5)
        {
            return "";
        }
        var item = PSObject.AsPSObject(value);
        if (item.BaseObject is string or ValueType)
        {
            return item.BaseObject.ToString() ?? "";
        }
        var text = new StringBuilder(item.ToString()).Append(' ');
        if (item.BaseObject is IEnumerable list and not IDictionary)
        {
            foreach (var element in list)
            {
                text.Append(JsonView(element, depth + 1)).Append(", ");
            }
            return text.ToString();
        }
        foreach (var property in item.Properties)
        {
            object? propertyValue;
            try
            {
                propertyValue = property.Value;
            }
            catch (GetValueException)
            {
                continue;
            }
            text.Append(property.Name).Append('=').Append(JsonView(propertyValue, depth + 1)).Append("; ");
        }
        return text.ToString();
    }

    /// <summary>Every column of every view in the module's format file, evaluated on the objects it applies to.</summary>
    private static string FormatViews(PowerShellHost host, IEnumerable<PSObject> objects)
    {
        var views = XDocument.Load(Path.Combine(RepoPaths.ModuleFolder, "CeligoPS.Format.ps1xml")).Descendants("View").ToList();
        var shown = new StringBuilder();
        foreach (var item in objects)
        {
            foreach (var view in views.Where(v => v.Descendants("TypeName").Any(t => item.TypeNames.Contains(t.Value))))
            {
                foreach (var property in view.Descendants("PropertyName"))
                {
                    shown.AppendLine(item.Properties[property.Value]?.Value?.ToString());
                }
                foreach (var block in view.Descendants("ScriptBlock"))
                {
                    host.SetVariable("viewed", item);
                    shown.AppendLine(string.Join(" ", host.Run($"$viewed | ForEach-Object {{ {block.Value} }}").Output));
                }
            }
        }
        Assert.True(shown.Length > 0, "no format view applied to the objects");
        return shown.ToString();
    }
}
