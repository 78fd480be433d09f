using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Client;

/// <summary>The client library on its own, over real HTTP against the emulator.</summary>
public sealed class ClientHttpTests : IAsyncLifetime
{
    private EmulatorServer _emulator = null!;
    private CeligoClient _client = null!;

    public async Task InitializeAsync()
    {
        _emulator = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        _client = NewClient(new CeligoClientOptions { RetryBaseDelay = TimeSpan.FromMilliseconds(20) });
    }

    private CeligoClient NewClient(CeligoClientOptions options) => new(_emulator.BaseUri, new SecretToken(Connected.Token), options);

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _emulator.DisposeAsync();
    }

    private static async Task<List<T>> All<T>(IAsyncEnumerable<IReadOnlyList<T>> pages)
    {
        var all = new List<T>();
        await foreach (var page in pages)
        {
            all.AddRange(page);
        }
        return all;
    }

    [Fact]
    public async Task TokenInfo_NamesTheUser()
    {
        var info = await _client.GetTokenInfoAsync(default);
        Assert.Equal(_emulator.State.UserId, info.UserId);
        Assert.Equal("*", info.Scope);
    }

    [Fact]
    public async Task LinkPaging_FollowsRelNext_UntilTheEnd()
    {
        var expected = _emulator.State.FlowIds;
        Assert.True(expected.Count > 2);
        var pages = 0;
        var ids = new List<string>();
        await foreach (var page in _client.ListRawAsync("/v1/flows?limit=2&includeInstances=true", default))
        {
            pages++;
            ids.AddRange(page.Select(f => f.GetProperty("_id").GetString()!));
        }
        Assert.Equal((expected.Count + 1) / 2, pages);
        Assert.Equal(expected.OrderBy(i => i), ids.OrderBy(i => i));
    }

    [Fact]
    public async Task NextPageUrlPaging_ReadsEveryErrorOfAStep()
    {
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = SeedIds.NetSuiteSalesOrderImport;
        for (var i = 0; i < 250; i++)
        {
            _emulator.State.AddOpenError(flow, step, null, retriable: true);
        }
        var expected = _emulator.State.OpenErrorCount(flow, step);
        var errors = await All(_client.ListErrorsAsync(flow, step, null, default));
        Assert.Equal(expected, errors.Count);
        Assert.Equal(expected, errors.Select(e => e.ErrorId).Distinct().Count());
        Assert.All(errors, e => Assert.Equal((flow, step), (e.FlowId, e.StepId)));
        Assert.True(_emulator.Counters.Count("GET", $"/v1/flows/{flow}/{step}/errors") >= 3);
    }

    [Fact]
    public async Task EmptyList_Of204_IsNoRows()
    {
        var (flow, step) = _emulator.State.FlowIds.SelectMany(f => _emulator.State.StepIds(f).Select(s => (f, s)))
            .First(fs => _emulator.State.ResolvedErrorCount(fs.f, fs.s) == 0);
        var resolved = await All(_client.ListErrorsAsync(flow, step, new ErrorQuery { Resolved = true }, default));
        Assert.Empty(resolved);
        Assert.Equal(204, _emulator.Counters.Requests.Last(r => r.PathAndQuery.Contains("/resolved")).StatusCode);
    }

    [Fact]
    public async Task ErrorEnvelope_BecomesOneExceptionWithStatusCodeMessageMethodAndPath()
    {
        var e = await Assert.ThrowsAsync<CeligoApiException>(() => _client.GetFlowAsync("0123456789abcdef01234567", default));
        Assert.Equal(404, e.StatusCode);
        Assert.Equal("resource_not_found", e.Code);
        Assert.Equal("GET", e.Method);
        Assert.Equal("/v1/flows/0123456789abcdef01234567", e.Path);
        Assert.False(string.IsNullOrEmpty(e.ApiMessage));
    }

    [Fact]
    public async Task Unauthorized_MessageBody_BecomesTheSameExceptionType()
    {
        using var wrong = new CeligoClient(_emulator.BaseUri, new SecretToken("not-the-token-000"));
        var e = await Assert.ThrowsAsync<CeligoApiException>(() => wrong.GetTokenInfoAsync(default));
        Assert.Equal(401, e.StatusCode);
        Assert.Equal("Bearer Authentication Failed", e.ApiMessage);
        Assert.DoesNotContain("not-the-token-000", e.ToString());
    }

    [Fact]
    public async Task Get_IsRetriedThrough5xxAndDroppedConnections()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/integrations", Kind = FaultKind.Status, StatusCode = 503, Times = 2 });
        _emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/integrations", Kind = FaultKind.DropConnection, Times = 1 });
        var integrations = await All(_client.ListIntegrationsAsync(default));
        Assert.Equal(_emulator.State.IntegrationIds.Count, integrations.Count);
        Assert.Equal(3, _emulator.Faults.Injected);
    }

    [Fact]
    public async Task RetryPost_IsNotSentAgain_AfterA5xx()
    {
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = SeedIds.NetSuiteSalesOrderImport;
        var key = (string)_emulator.State.OpenErrors(flow, step).First(e => !string.IsNullOrEmpty((string?)e["retryDataKey"]))["retryDataKey"]!;
        _emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = "/v1/flows/", Kind = FaultKind.Status, StatusCode = 502, Times = 1 });

        var e = await Assert.ThrowsAsync<CeligoApiException>(() => _client.RetryErrorsAsync(flow, step, new[] { key }, default));

        Assert.Equal(502, e.StatusCode);
        Assert.Equal(1, _emulator.Counters.Count("POST", "/v1/flows/"));
        Assert.Equal(0, _emulator.Counters.JobsCreated("retry"));
    }

    [Fact]
    public async Task RetryPost_IsSentAgain_After429_HonouringRetryAfter()
    {
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = SeedIds.NetSuiteSalesOrderImport;
        var key = (string)_emulator.State.OpenErrors(flow, step).First(e => !string.IsNullOrEmpty((string?)e["retryDataKey"]))["retryDataKey"]!;
        _emulator.Faults.Add(new FaultRule { Method = "POST", PathPrefix = "/v1/flows/", Kind = FaultKind.Status, StatusCode = 429, RetryAfterSeconds = 1, Times = 1 });

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var submissions = await _client.RetryErrorsAsync(flow, step, new[] { key }, default);

        Assert.Single(submissions);
        Assert.True(watch.Elapsed >= TimeSpan.FromSeconds(0.9), "the client waited for Retry-After");
        Assert.Equal(2, _emulator.Counters.Count("POST", "/v1/flows/"));
        Assert.Equal(1, _emulator.Counters.RetriedCount(flow, step, key));
        Assert.Equal(1, _emulator.Counters.JobsCreated("retry"));
    }

    [Fact]
    public async Task RetryKeys_AreSentInBatchesOfAtMost1000()
    {
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = SeedIds.NetSuiteSalesOrderImport;
        for (var i = 0; i < 2100; i++)
        {
            _emulator.State.AddOpenError(flow, step, null, retriable: true);
        }
        var keys = _emulator.State.OpenErrors(flow, step).Select(e => (string?)e["retryDataKey"]).Where(k => !string.IsNullOrEmpty(k)).Select(k => k!).ToList();

        var submissions = await _client.RetryErrorsAsync(flow, step, keys, default);

        Assert.Equal((keys.Count + 999) / 1000, submissions.Count);
        Assert.All(submissions, s => Assert.True(s.RetryDataKeys.Count <= 1000));
        Assert.All(keys, k => Assert.Equal(1, _emulator.Counters.RetriedCount(flow, step, k)));
    }

    [Fact]
    public async Task TruncatedOrNonJsonBodies_OnGet_AreRetried()
    {
        _emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/flows/", Kind = FaultKind.TruncatedBody, Times = 1 });
        _emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/flows/", Kind = FaultKind.HtmlErrorPage, Times = 1 });
        var flow = await _client.GetFlowAsync(SeedIds.ShopifyOrdersFlow, default);
        Assert.Equal(SeedIds.ShopifyOrdersFlow, flow.Id);
        Assert.Equal(2, _emulator.Faults.Injected);
    }

    [Fact]
    public async Task ModelsKeepFieldsTheyDoNotName()
    {
        var flow = await _client.GetFlowAsync(SeedIds.ShopifyOrdersFlow, default);
        var raw = _emulator.State.Get("flows", SeedIds.ShopifyOrdersFlow)!;
        var named = new[] { "_id", "name", "description", "_integrationId", "disabled", "schedule", "timezone", "lastExecutedAt", "runPageGeneratorsInParallel", "_abstractFlowId", "pageGenerators", "pageProcessors", "routers", "createdAt", "lastModified", "_exportId", "_importId" };
        foreach (var field in raw.Select(p => p.Key).Except(named))
        {
            Assert.True(flow.GetAdditionalFields().ContainsKey(field), $"field {field} was lost");
        }
        Assert.NotEmpty(flow.StepIds());
    }
}
