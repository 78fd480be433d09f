using System.Diagnostics;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace CeligoPS.Tests.Isolation;

/// <summary>
/// The module imports and works in a PowerShell 7 process that already loaded other versions of
/// its dependencies (tests/CeligoPS.ConflictHost), keeping its own copies in its own load context.
/// A separate process, because this test process has the module's versions loaded already.
/// </summary>
public sealed class DependencyIsolationTests(ITestOutputHelper log)
{
    [Theory]
    [InlineData("Older", "8.0.0.0", "6.0.0.0")]
    [InlineData("Newer", "8.0.0.0", "11.0.0.0")]
    public async Task Import_Works_InAHostThatLoadedOtherVersionsFirst(string host, string hostPolly, string hostExtensionsHttp)
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });

        var lines = await RunHostAsync(host, emulator.BaseUri);

        Assert.Equal(CeligoPS.Tests.Module.ModuleManifestTests.ExpectedCommands.Length.ToString(), lines["import"]);
        Assert.Equal(emulator.State.All("flows").Count.ToString(), lines["flows"]);
        Assert.Equal("3", lines["jobs"]);
        Assert.True(int.Parse(lines["errors"]) > 0);
        // The host keeps its versions in the default context; the module has its own beside them.
        Assert.Equal($"{hostPolly}@default,8.0.0.0@module", lines["loaded.Polly.Core"]);
        Assert.Equal($"{hostExtensionsHttp}@default,8.0.0.0@module", lines["loaded.Microsoft.Extensions.Http"]);
        Assert.Contains("@module", lines["loaded.Microsoft.Bcl.AsyncInterfaces"]);
        // System.Text.Json belongs to the framework on PowerShell 7: one copy, shared.
        Assert.DoesNotContain("@module", lines["loaded.System.Text.Json"]);
        Assert.Equal("0", lines["removed"]);
        Assert.Equal("False", lines["hooked"]);
        Assert.Equal(lines["flows"], lines["reimport"]);
    }

    private async Task<Dictionary<string, string>> RunHostAsync(string host, Uri baseUri)
    {
        var dll = ConflictHost.DllPath(host);
        Assert.True(File.Exists(dll), $"{dll} was not built");
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CELIGO_API_TOKEN"] = Connected.Token },
        };
        foreach (var arg in new[] { dll, RepoPaths.ModuleManifest, baseUri.ToString() })
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        log.WriteLine(await output);
        log.WriteLine(await errors);
        Assert.True(process.ExitCode == 0, $"the {host} host failed:\n{await output}\n{await errors}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split('=', 2))
            .Where(pair => pair.Length == 2)
            .ToDictionary(pair => pair[0], pair => pair[1]);
    }
}
