using CeligoPS.Client;
using CeligoPS.Emulator;

namespace CeligoPS.Tests.Infrastructure;

/// <summary>
/// A fresh emulator and a PowerShell runspace connected to it, for one test. Each test gets its own,
/// so state changes (retries, added jobs) and sessions never leak between tests.
/// </summary>
public sealed class Connected : IAsyncDisposable
{
    public const string Token = "ci-token-7f3a9c1e5b2d4860";

    private Connected(EmulatorServer emulator, PowerShellHost host)
    {
        Emulator = emulator;
        Host = host;
    }

    public EmulatorServer Emulator { get; }
    public PowerShellHost Host { get; }

    public static async Task<Connected> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Token = Token };
        configure?.Invoke(options);
        var emulator = await EmulatorServer.StartAsync(options);
        var host = new PowerShellHost();
        host.SetVariable("CeligoTestToken", Token);
        host.SetVariable("CeligoTestBaseUri", emulator.BaseUri.ToString());
        host.Run("Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken").ShouldSucceed();
        emulator.Counters.Reset();
        return new Connected(emulator, host);
    }

    public ScriptResult Run(string script, bool verbose = false, bool debug = false) => Host.Run(script, verbose, debug);

    /// <summary>A client of the library itself, for arranging and checking state over HTTP.</summary>
    public CeligoClient NewClient(CeligoClientOptions? options = null) =>
        new(Emulator.BaseUri, new SecretToken(Token), options ?? new CeligoClientOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(50) });

    public async ValueTask DisposeAsync()
    {
        Host.Dispose();
        await Emulator.DisposeAsync();
    }
}
