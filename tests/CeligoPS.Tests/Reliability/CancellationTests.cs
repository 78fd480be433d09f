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
    public async Task ARequest_IsCountedBeforeItsAnswerReachesTheClient()
    {
        // Tests reset the counters right after an answer and then expect silence. A request counted
        // only after its answer was on the wire was counted after such a reset whenever the server's
        // continuation ran late (a busy thread pool), and a test saw a request it never made.
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token, EnforceRateLimit = false });
        using var http = new HttpClient { BaseAddress = emulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Connected.Token);
        var late = new List<int>();
        for (var i = 1; i <= 300; i++)
        {
            using var answer = await http.GetAsync(i % 3 == 0 ? "/v1/tokenInfo" : i % 3 == 1 ? "/v1/integrations" : "/v1/no-such-path");
            if (emulator.Counters.Total != i)
            {
                late.Add(i);
            }
            await answer.Content.ReadAsByteArrayAsync();
        }
        Assert.Empty(late);
    }

    [Fact]
    public async Task Reset_GivesBackTheSeededAccount_OnTheSamePort()
    {
        await using var emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        var seeded = emulator.State.All("flows").Select(f => f.ToJsonString()).ToList();
        var jobs = emulator.State.All("jobs").Count;
        using var http = new HttpClient { BaseAddress = emulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Connected.Token);
        Assert.True((await http.DeleteAsync($"/v1/flows/{SeedIds.ShopifyOrdersFlow}")).IsSuccessStatusCode);
        Assert.True((await http.PostAsync($"/v1/flows/{SeedIds.FulfillmentsFlow}/run", new StringContent("{}", System.Text.Encoding.UTF8, "application/json"))).IsSuccessStatusCode);
        emulator.Faults.Add(new FaultRule { Kind = FaultKind.Status, StatusCode = 503, Times = -1 });

        emulator.Reset();

        Assert.Equal(0, emulator.Counters.Total);
        Assert.Equal(seeded.Count, emulator.State.All("flows").Count);
        Assert.Equal(seeded.Select(f => System.Text.Json.Nodes.JsonNode.Parse(f)!["_id"]!.ToString()),
            emulator.State.All("flows").Select(f => f["_id"]!.ToString()));
        Assert.Equal(jobs, emulator.State.All("jobs").Count);
        Assert.Equal(200, (int)(await http.GetAsync($"/v1/flows/{SeedIds.ShopifyOrdersFlow}")).StatusCode);
        Assert.Equal(0, emulator.Faults.Injected);
    }

    [Theory]
    [InlineData("--port abc", "--port takes a whole number from 0 to 65535, not 'abc'")]
    [InlineData("--port 70000", "--port takes a whole number from 0 to 65535, not '70000'")]
    [InlineData("--token", "--token needs a value")]
    [InlineData("--seed 0", "--seed takes a whole number")]
    [InlineData("--verbose", "Unknown argument '--verbose'")]
    public void BadArguments_AreRefusedWithAMessage(string args, string message)
    {
        var error = Assert.Throws<ArgumentException>(() => EmulatorArguments.Parse(args.Split(' ')));
        Assert.Contains(message, error.Message);
    }

    [Fact]
    public void Arguments_AreRead()
    {
        var options = EmulatorArguments.Parse(["--port", "0", "--token", "t-1", "--seed", "3", "--no-rate-limit"])!;
        Assert.Equal((0, "t-1", 3, false), (options.Port, options.Token, options.Seed, options.EnforceRateLimit));
        Assert.Null(EmulatorArguments.Parse(["--help"]));
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
