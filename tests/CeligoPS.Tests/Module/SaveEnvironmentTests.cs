using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>Save-CeligoEnvironment writes the config file Connect-Celigo reads, owner-only on Unix.</summary>
public sealed class SaveEnvironmentTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("celigops-config-");

    private string ConfigPath => Path.Combine(_folder.FullName, "celigo", "celigo_config.json");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Saved_ThenConnectedWith_KeepingTheRestOfTheFile_OwnerOnlyOnUnix()
    {
        await using var c = await Connected.StartAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigPath)!);
        File.WriteAllText(ConfigPath, """{ "environments": { "sandbox": { "api_key": "sandbox-token-1234", "api_url": "https://api.integrator.io", "note": "kept" } }, "cli": { "output": "json" } }""");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(ConfigPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }
        c.Host.SetVariable("config", ConfigPath);

        var saved = c.Run("Save-CeligoEnvironment -Name emulator -Token $CeligoTestToken -BaseUri $CeligoTestBaseUri -ConfigPath $config -Default -PassThru -Confirm:$false");

        saved.ShouldSucceed();
        var entry = Assert.Single(saved.Output);
        Assert.Equal("emulator", entry.Properties["Name"].Value);
        Assert.Equal(true, entry.Properties["IsDefault"].Value);
        Assert.DoesNotContain(Connected.Token, saved.AllText);
        var json = JsonNode.Parse(File.ReadAllText(ConfigPath))!;
        Assert.Equal(Connected.Token, (string?)json["environments"]!["emulator"]!["api_key"]);
        Assert.Equal("kept", (string?)json["environments"]!["sandbox"]!["note"]);
        Assert.Equal("json", (string?)json["cli"]!["output"]);
        Assert.Equal("emulator", (string?)json["defaults"]!["environment"]);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ConfigPath));
        }
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(ConfigPath)!)); // no temporary file left behind

        var connected = c.Run("Disconnect-Celigo; Connect-Celigo -ConfigPath $config; Get-CeligoContext");
        connected.ShouldSucceed();
        Assert.Equal("emulator", Assert.Single(connected.Output).Properties["Environment"].Value);
    }

    [Fact]
    public async Task ANewFolder_IsOwnerOnlyToo()
    {
        await using var c = await Connected.StartAsync();
        c.Host.SetVariable("config", ConfigPath);

        c.Run("Save-CeligoEnvironment emulator $CeligoTestToken -BaseUri $CeligoTestBaseUri -ConfigPath $config -Confirm:$false").ShouldSucceed();

        Assert.True(File.Exists(ConfigPath));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(Path.GetDirectoryName(ConfigPath)!));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(ConfigPath));
        }
    }

    [Theory]
    [InlineData("Save-CeligoEnvironment sandbox other-token-98765 -ConfigPath $config -Confirm:$false", ErrorCategory.InvalidOperation, "-Force")]
    [InlineData("Save-CeligoEnvironment new your-api-key-here -ConfigPath $config -Confirm:$false", ErrorCategory.InvalidArgument, "placeholder")]
    [InlineData("Save-CeligoEnvironment new other-token-98765 -BaseUri http://api.integrator.io -ConfigPath $config -Confirm:$false", ErrorCategory.InvalidArgument, "plain http")]
    [InlineData("Save-CeligoEnvironment new other-token-98765 -ConfigPath $config -WhatIf", null, null)]
    public async Task Refused_OrPreviewed_LeavesTheFileAsItWas(string script, ErrorCategory? category, string? message)
    {
        await using var c = await Connected.StartAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigPath)!);
        const string before = """{ "environments": { "sandbox": { "api_key": "sandbox-token-1234" } } }""";
        File.WriteAllText(ConfigPath, before);
        c.Host.SetVariable("config", ConfigPath);

        var result = c.Run(script);

        Assert.Equal(before, File.ReadAllText(ConfigPath));
        Assert.Single(Directory.GetFiles(Path.GetDirectoryName(ConfigPath)!));
        Assert.Empty(result.Output);
        if (category != null)
        {
            var error = Assert.Single(result.AllErrors);
            Assert.Equal(category, error.CategoryInfo.Category);
            Assert.Contains(message!, error.Exception.Message);
        }
        else
        {
            result.ShouldSucceed();
        }
        Assert.Equal(0, c.Emulator.Counters.Total);
    }

    [Fact]
    public async Task AFileThatIsNotJson_IsLeftAlone()
    {
        await using var c = await Connected.StartAsync();
        Directory.CreateDirectory(Path.GetDirectoryName(ConfigPath)!);
        File.WriteAllText(ConfigPath, "environments: [");
        c.Host.SetVariable("config", ConfigPath);

        var error = Assert.Single(c.Run("Save-CeligoEnvironment new other-token-98765 -ConfigPath $config -Confirm:$false").AllErrors);

        Assert.Equal(ErrorCategory.InvalidData, error.CategoryInfo.Category);
        Assert.Contains("not valid JSON", error.Exception.Message);
        Assert.Equal("environments: [", File.ReadAllText(ConfigPath));
    }
}
