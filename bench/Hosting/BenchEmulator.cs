using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using CeligoPS.Emulator;

namespace CeligoPS.Bench.Hosting;

/// <summary>
/// The in-process emulator (Kestrel on 127.0.0.1) for one scenario, plus what scenarios arrange
/// through it: integrations and flows made through the API itself (create, clone), jobs and errors
/// through the emulator's arrange helpers, and switchable added latency.
/// </summary>
internal sealed class BenchEmulator : IAsyncDisposable
{
    public const string BenchToken = "bench-token-4c1d9e7a2b6f";

    private readonly HttpClient _http;

    private BenchEmulator(EmulatorServer server)
    {
        Server = server;
        _http = new HttpClient { BaseAddress = server.BaseUri };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", server.Token);
    }

    public EmulatorServer Server { get; }
    public Uri BaseUri => Server.BaseUri;
    public string Token => Server.Token;
    public AccountState State => Server.State;
    public RequestCounters Counters => Server.Counters;

    public static async Task<BenchEmulator> StartAsync(Action<EmulatorOptions>? configure = null)
    {
        var options = new EmulatorOptions { Token = BenchToken };
        configure?.Invoke(options);
        return new BenchEmulator(await EmulatorServer.StartAsync(options));
    }

    /// <summary>
    /// Every request waits <paramref name="delay"/> before it is served, from now until
    /// <see cref="NoLatency"/> (the emulator's latency fault: the same wait as
    /// <see cref="EmulatorOptions.AddedLatency"/>, but switchable, so arranging data stays fast).
    /// </summary>
    public void AddLatency(TimeSpan delay) =>
        Server.Faults.Add(new FaultRule { Kind = FaultKind.Latency, Delay = delay, PathPrefix = "/v1/", Times = -1 });

    public void NoLatency() => Server.Faults.Clear();

    /// <summary>GET /v1/tokenInfo: one ordinary request.</summary>
    public async Task TokenInfoAsync()
    {
        using var response = await _http.GetAsync("/v1/tokenInfo");
        response.EnsureSuccessStatusCode();
    }

    /// <summary>A new, empty integration (POST /v1/integrations); returns its id.</summary>
    public async Task<string> CreateIntegrationAsync(string name)
    {
        using var response = await _http.PostAsJsonAsync("/v1/integrations", new { name });
        response.EnsureSuccessStatusCode();
        var doc = await response.Content.ReadFromJsonAsync<JsonObject>();
        return (string)doc!["_id"]!;
    }

    /// <summary>
    /// <paramref name="count"/> copies of the seeded three-step flow "Shopify Orders to NetSuite Sales
    /// Orders" (page generator, lookup, import) in an integration, made with POST /v1/flows/{id}/clone
    /// so every copy has its own exports and imports. Copies are enabled (clones start disabled, and a
    /// disabled flow refuses retries). Returns the flow ids in creation order.
    /// </summary>
    public async Task<IReadOnlyList<string>> CloneThreeStepFlowsAsync(string integrationId, int count)
    {
        var connections = State.StepIds(SeedIds.ShopifyOrdersFlow)
            .Select(step => State.Get("exports", step) ?? State.Get("imports", step))
            .Select(doc => (string?)doc?["_connectionId"]).OfType<string>().Distinct().ToList();
        var connectionMap = connections.ToDictionary(id => id, id => id);
        var ids = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            using var response = await _http.PostAsJsonAsync($"/v1/flows/{SeedIds.ShopifyOrdersFlow}/clone",
                new { name = $"Bench flow {i + 1:000}", _integrationId = integrationId, connectionMap });
            response.EnsureSuccessStatusCode();
            var manifest = await response.Content.ReadFromJsonAsync<JsonArray>();
            var flowId = manifest!.OfType<JsonObject>().Where(e => (string?)e["model"] == "Flow").Select(e => (string)e["_id"]!).Single();
            State.SetFlowDisabled(flowId, false);
            ids.Add(flowId);
        }
        return ids;
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
