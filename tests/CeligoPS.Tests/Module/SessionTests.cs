using System.Management.Automation;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>Connect-Celigo, Get-CeligoContext and Disconnect-Celigo against the emulator.</summary>
public sealed class SessionTests : IAsyncLifetime
{
    private EmulatorServer _emulator = null!;

    public async Task InitializeAsync() => _emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });

    public async Task DisposeAsync() => await _emulator.DisposeAsync();

    private PowerShellHost NewHost()
    {
        var host = new PowerShellHost();
        host.SetVariable("base", _emulator.BaseUri.ToString());
        host.SetVariable("token", Connected.Token);
        return host;
    }

    [Fact]
    public void ATotalTimeoutAlone_ShorterThanOneRequestsDefault_IsTaken_AndBoundsEachRequest()
    {
        using var host = NewHost();
        var result = host.Run("Connect-Celigo -BaseUri $base -Token $token -TotalTimeout 12; $c = Get-CeligoContext; $c.TotalTimeout.TotalSeconds; $c.RequestTimeout.TotalSeconds");
        result.ShouldSucceed();
        Assert.Equal(new object[] { 12.0, 12.0 }, result.Output.Select(o => o.BaseObject).ToArray());
    }

    [Fact]
    public void Connect_ChecksTheToken_AndGetContextShowsWhoAndWhere()
    {
        using var host = NewHost();
        var result = host.Run("Connect-Celigo -BaseUri $base -Token $token; Get-CeligoContext");
        result.ShouldSucceed();
        var context = Assert.Single(result.Output);
        Assert.Equal("Custom", context.Properties["Region"].Value);
        Assert.Equal(_emulator.State.UserId, context.Properties["UserId"].Value);
        Assert.Equal("*", context.Properties["Scope"].Value);
        Assert.Equal(1, _emulator.Counters.Count("GET", "/v1/tokenInfo"));
    }

    [Fact]
    public void Connect_WithASecureString_Works()
    {
        using var host = NewHost();
        var secure = new System.Security.SecureString();
        foreach (var ch in Connected.Token)
        {
            secure.AppendChar(ch);
        }
        host.SetVariable("secure", secure);
        host.Run("Connect-Celigo -BaseUri $base -Token $secure").ShouldSucceed();
        host.Run("Get-CeligoIntegration").ShouldSucceed();
    }

    [Fact]
    public void WrongToken_IsATerminatingAuthenticationError_ThatNamesTheLikelyCauses()
    {
        using var host = NewHost();
        var result = host.Run("$ErrorActionPreference = 'Stop'; Connect-Celigo -BaseUri $base -Token 'wrong-token-123456'; 'not reached'");
        Assert.NotNull(result.Terminating);
        var record = result.Terminating!.ErrorRecord;
        Assert.Equal(ErrorCategory.AuthenticationError, record.CategoryInfo.Category);
        Assert.Contains("401", record.Exception.Message);
        Assert.Contains("Bearer Authentication Failed", record.Exception.Message);
        Assert.Contains("region", record.Exception.Message);
        Assert.Empty(result.Output);
        Assert.Empty(host.Run("Get-CeligoContext").Output);
    }

    [Fact]
    public void PlainHttp_ToANonLoopbackHost_IsRefusedBeforeAnyRequest()
    {
        using var host = NewHost();
        var result = host.Run("Connect-Celigo -BaseUri 'http://api.integrator.io' -Token $token");
        var error = Assert.Single(result.AllErrors);
        Assert.Equal(ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("plain http", error.Exception.Message);
    }

    [Fact]
    public void NotConnected_CommandsSaySo()
    {
        using var host = new PowerShellHost();
        var result = host.Run("Get-CeligoJob -Status Failed");
        var error = Assert.Single(result.AllErrors);
        Assert.Equal("NotConnected,CeligoPS.Commands.Jobs.GetCeligoJobCommand", error.FullyQualifiedErrorId);
        Assert.Contains("Connect-Celigo", error.Exception.Message);
    }

    [Fact]
    public void ExplicitSession_OverridesTheDefault_AndDisconnectForgetsTheDefault()
    {
        using var host = NewHost();
        var result = host.Run(string.Join("\n",
            "$s = Connect-Celigo -BaseUri $base -Token $token -PassThru",
            "Disconnect-Celigo",
            "@(Get-CeligoContext).Count",
            "Connect-Celigo -BaseUri $base -Token $token",
            "@(Get-CeligoIntegration -Session (Get-CeligoContext)).Count"));
        result.ShouldSucceed();
        Assert.Equal(2, result.Output.Count);
        Assert.Equal(0, (int)result.Output[0].BaseObject);
        Assert.True((int)result.Output[1].BaseObject >= 3);
    }

    [Fact]
    public void SessionsInTwoRunspaces_AreSeparate()
    {
        using var one = NewHost();
        using var two = NewHost();
        one.Run("Connect-Celigo -BaseUri $base -Token $token").ShouldSucceed();
        Assert.Single(one.Run("Get-CeligoContext").Output);
        Assert.Empty(two.Run("Get-CeligoContext").Output);
    }

    [Fact]
    public void ConfigFileEnvironment_IsUsed_AndAPlaceholderTokenIsRefused()
    {
        var path = Path.Combine(Path.GetTempPath(), $"celigo_config_{Guid.NewGuid():N}.json");
        File.WriteAllText(path, $$"""
            {
              "environments": {
                "emulator": { "api_key": "{{Connected.Token}}", "api_url": "{{_emulator.BaseUri}}v1" },
                "sandbox": { "api_key": "YOUR_API_KEY_HERE", "api_url": "https://api.integrator.io" }
              },
              "defaults": { "environment": "emulator" }
            }
            """);
        try
        {
            using var host = NewHost();
            host.SetVariable("config", path);
            var ok = host.Run("Connect-Celigo -Environment emulator -ConfigPath $config; Get-CeligoContext");
            ok.ShouldSucceed();
            Assert.Equal("emulator", Assert.Single(ok.Output).Properties["Environment"].Value);

            _emulator.Counters.Reset();
            var placeholder = Assert.Single(host.Run("Connect-Celigo -Environment sandbox -ConfigPath $config").AllErrors);
            Assert.Contains("placeholder", placeholder.Exception.Message);
            Assert.Equal(ErrorCategory.InvalidData, placeholder.CategoryInfo.Category);

            var unknown = Assert.Single(host.Run("Connect-Celigo -Environment nope -ConfigPath $config").AllErrors);
            Assert.Contains("emulator, sandbox", unknown.Exception.Message);
            Assert.Equal(ErrorCategory.InvalidArgument, unknown.CategoryInfo.Category);

            var missing = Assert.Single(host.Run("Connect-Celigo -Environment emulator -ConfigPath ./no-such-file.json").AllErrors);
            Assert.Equal(ErrorCategory.ObjectNotFound, missing.CategoryInfo.Category);
            Assert.Equal(0, _emulator.Counters.Total);
        }
        finally
        {
            File.Delete(path);
        }
    }
}

/// <summary>The environment-variable fallback changes process state, so it runs alone.</summary>
[CollectionDefinition("ProcessEnvironment", DisableParallelization = true)]
public sealed class ProcessEnvironmentCollection
{
}

[Collection("ProcessEnvironment")]
public sealed class EnvironmentVariableTests
{
    [Fact]
    public async Task WithoutToken_CeligoApiTokenAndBaseUrl_AreUsed()
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        Environment.SetEnvironmentVariable("CELIGO_API_TOKEN", Connected.Token);
        Environment.SetEnvironmentVariable("CELIGO_BASE_URL", emulator.BaseUri.ToString());
        try
        {
            using var host = new PowerShellHost();
            var result = host.Run("Connect-Celigo -Verbose; Get-CeligoContext", verbose: true);
            result.ShouldSucceed();
            Assert.Single(result.Output);
            Assert.Contains(result.Verbose, v => v.Contains("CELIGO_API_TOKEN"));
        }
        finally
        {
            Environment.SetEnvironmentVariable("CELIGO_API_TOKEN", null);
            Environment.SetEnvironmentVariable("CELIGO_BASE_URL", null);
        }
    }
}
