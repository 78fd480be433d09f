using System.Net;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.Routes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace CeligoPS.Emulator;

/// <summary>
/// A running emulator: Kestrel on 127.0.0.1 only, one seeded in-memory account, one token.
/// Start it with <see cref="StartAsync"/>, point a client at <see cref="BaseUri"/> (API paths are
/// <c>/v1/...</c>), and dispose it to stop.
/// </summary>
public sealed class EmulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly EmulatorContext _emu;

    private EmulatorServer(WebApplication app, Uri baseUri, EmulatorContext emu)
    {
        _app = app;
        _emu = emu;
        BaseUri = baseUri;
        Token = emu.Options.Token;
        State = emu.State;
        Counters = emu.Counters;
        Faults = emu.Faults;
    }

    /// <summary>e.g. <c>http://127.0.0.1:41234</c>.</summary>
    public Uri BaseUri { get; }

    /// <summary>The bearer token the emulator accepts.</summary>
    public string Token { get; }

    /// <summary>The in-memory account.</summary>
    public AccountState State { get; }

    /// <summary>What the emulator saw.</summary>
    public RequestCounters Counters { get; }

    /// <summary>Fault rules; none until a test adds some.</summary>
    public FaultInjector Faults { get; }

    public static async Task<EmulatorServer> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (string.IsNullOrEmpty(options.Token)) throw new ArgumentException("A token is required.", nameof(options));

        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(EmulatorServer).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
            Args = [],
        });
        builder.Logging.ClearProviders();
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton<IHostLifetime, PassiveLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Loopback only, never any other interface.
            kestrel.Listen(IPAddress.Loopback, options.Port);
            kestrel.AddServerHeader = false;
        });

        var time = TimeProvider.System;
        var emu = new EmulatorContext(options, new AccountState(options, time), new RequestCounters(), new FaultInjector(),
            new RateBucket(options.RateBucketSize, options.RateRefillPerSecond, time));

        var app = builder.Build();
        Pipeline.Configure(app, emu);
        RouteTable.Map(app, emu);
        await app.StartAsync(ct);

        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new EmulatorServer(app, new Uri($"http://127.0.0.1:{port}"), emu);
    }

    /// <summary>
    /// Makes this emulator as it was when it started, on the same port: the account seeded again, a
    /// full rate bucket, no fault rules, nothing counted. Much cheaper than a new emulator.
    /// </summary>
    public void Reset()
    {
        _emu.Faults.Clear();
        _emu.State.Reseed();
        _emu.Bucket.Fill();
        _emu.Counters.Reset();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await _app.StopAsync(timeout.Token);
        }
        finally
        {
            await _app.DisposeAsync();
        }
    }
}
