using System.Diagnostics;
using System.Management.Automation;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace CeligoPS.Tests.Reliability;

/// <summary>Stopping a pipeline (Ctrl+C) ends a long listing or wait promptly and leaves nothing running.</summary>
public sealed class CancellationTests(ITestOutputHelper log)
{
    // The requirement is one second; the bound here leaves room for a loaded CI machine, and the
    // measured time is written to the test output.
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(3);

    private async Task StopAfterFirstObject(Connected c, string script)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = c.Host.Runspace;
        ps.AddScript(script);
        var output = new PSDataCollection<PSObject>();
        var first = new TaskCompletionSource();
        output.DataAdded += (_, _) => first.TrySetResult();
        var running = ps.BeginInvoke<PSObject, PSObject>(null, output);
        await first.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var watch = Stopwatch.StartNew();
        ps.Stop();
        watch.Stop();
        log.WriteLine($"{script}: stopped in {watch.ElapsedMilliseconds} ms");
        Assert.True(watch.Elapsed < Bound, $"stopping took {watch.Elapsed}");
        Assert.Equal(PSInvocationState.Stopped, ps.InvocationStateInfo.State);

        // Nothing keeps calling the API after the stop.
        await Task.Delay(1500);
        var after = c.Emulator.Counters.Total;
        await Task.Delay(1500);
        Assert.Equal(after, c.Emulator.Counters.Total);
    }

    [Fact]
    public async Task StoppingALongListing_IsPrompt()
    {
        await using var c = await Connected.StartAsync(o => o.AddedLatency = TimeSpan.FromMilliseconds(300));
        c.Emulator.State.AddJobs(SeedIds.FulfillmentsFlow, 15000, DateTime.UtcNow.AddMinutes(-1), sharedMillisecondEvery: 1);
        await StopAfterFirstObject(c, $"Get-CeligoJob -FlowId {SeedIds.FulfillmentsFlow} | ForEach-Object {{ $_ }}");
    }

    [Fact]
    public async Task StoppingAWait_IsPrompt()
    {
        await using var c = await Connected.StartAsync(o => o.JobRunsFor = TimeSpan.FromMinutes(10));
        await StopAfterFirstObject(c, $"'started'; Invoke-CeligoFlow -Id {SeedIds.ShopifyOrdersFlow} -Wait -Confirm:$false");
    }

    [Fact]
    public async Task StoppingABulkRetry_IsPrompt()
    {
        await using var c = await Connected.StartAsync();
        for (var i = 0; i < 5000; i++)
        {
            c.Emulator.State.AddOpenError(SeedIds.FulfillmentsFlow, SeedIds.ShopifyFulfillmentImport, null, retriable: true);
        }
        c.Run($"$errors = Get-CeligoError -FlowId {SeedIds.FulfillmentsFlow} -StepId {SeedIds.ShopifyFulfillmentImport}").ShouldSucceed();
        // Each batch of 1000 keys takes a while to answer, so the stop lands while batches remain.
        c.Emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = "/v1/flows/", Kind = FaultKind.Latency, Delay = TimeSpan.FromMilliseconds(500), Times = -1 });

        await StopAfterFirstObject(c, "'started'; $errors | Invoke-CeligoErrorRetry -Confirm:$false");

        Assert.True(c.Emulator.Counters.Count("POST", "/v1/flows/") < 5, "every batch was sent despite the stop");
    }

    [Fact]
    public async Task StoppingAFanOut_IsPrompt()
    {
        await using var c = await Connected.StartAsync(o => o.AddedLatency = TimeSpan.FromMilliseconds(400));
        await StopAfterFirstObject(c, "Get-CeligoFlow | Get-CeligoError");
    }
}

/// <summary>The emulator is safe to leave running: loopback only, token required, no faults unless asked.</summary>
public sealed class EmulatorHygieneTests
{
    [Fact]
    public async Task ItListensOnLoopbackOnly()
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        Assert.Equal("127.0.0.1", emulator.BaseUri.Host);
        var others = System.Net.NetworkInformation.NetworkInterface.GetAllNetworkInterfaces()
            .SelectMany(n => n.GetIPProperties().UnicastAddresses).Select(a => a.Address)
            .Where(a => a.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork && !System.Net.IPAddress.IsLoopback(a)).ToList();
        foreach (var address in others)
        {
            using var tcp = new System.Net.Sockets.TcpClient();
            await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => tcp.ConnectAsync(address, emulator.BaseUri.Port));
        }
    }

    [Fact]
    public async Task ItRefusesMissingAndWrongTokens_WithTheApisBodies()
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        using var http = new HttpClient { BaseAddress = emulator.BaseUri };
        var missing = await http.GetAsync("/v1/integrations");
        Assert.Equal(401, (int)missing.StatusCode);
        Assert.Equal("{\"message\":\"Unauthorized\"}", await missing.Content.ReadAsStringAsync());
        http.DefaultRequestHeaders.Authorization = new("Bearer", "wrong");
        var wrong = await http.GetAsync("/v1/integrations");
        Assert.Equal(401, (int)wrong.StatusCode);
        Assert.Equal("{\"message\":\"Bearer Authentication Failed\"}", await wrong.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task FaultInjection_IsOffUnlessATestAsks()
    {
        await using var c = await Connected.StartAsync();
        c.Run("Get-CeligoIntegration | Get-CeligoFlow | Get-CeligoError; Get-CeligoJob -First 100; Get-CeligoConnection").ShouldSucceed();
        Assert.Equal(0, c.Emulator.Faults.Injected);
        Assert.DoesNotContain(c.Emulator.Counters.Requests, r => r.StatusCode >= 500 || r.StatusCode == 0);
    }
}
