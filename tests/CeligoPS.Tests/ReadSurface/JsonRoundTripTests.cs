using System.Text.Json.Nodes;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ReadSurface;

/// <summary>Every object type keeps every field the emulator sent (ConvertTo-Json gets them all back).</summary>
public sealed class JsonRoundTripTests
{
    private static async Task AssertEachKeepsItsDocument(string script, Func<Connected, string, JsonObject> sentFor, string key = "Id")
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run(script);
        result.ShouldSucceed();
        Assert.NotEmpty(result.Output);
        foreach (var item in result.Output)
        {
            JsonFidelity.AssertKeepsEveryField(item, sentFor(c, item.Properties[key].Value!.ToString()!));
        }
    }

    private static JsonObject Doc(Connected c, string collection, string id) =>
        c.Emulator.State.Get(collection, id) ?? throw new Xunit.Sdk.XunitException($"{collection}/{id} is not in the emulator");

    [Fact] public Task Integration() => AssertEachKeepsItsDocument("Get-CeligoIntegration", (c, id) => Doc(c, "integrations", id));
    // Listed as the API sends them: an instance flow without its abstract flow's fields.
    [Fact] public Task Flow() => AssertEachKeepsItsDocument("Get-CeligoFlow", (c, id) => Fetched(c, "/v1/flows/" + id));
    [Fact] public Task Job() => AssertEachKeepsItsDocument($"Get-CeligoJob -FlowId {SeedIds.ShopifyOrdersFlow} -First 50", (c, id) => Doc(c, "jobs", id));
    [Fact] public Task JobFamily() => AssertEachKeepsItsDocument($"Get-CeligoJob -Id {SeedIds.FailedOrdersFlowJob} -IncludeChildren | ForEach-Object Children", (c, id) => Doc(c, "jobs", id));
    [Fact] public Task Connection() => AssertEachKeepsItsDocument("Get-CeligoConnection", (c, id) => Fetched(c, "/v1/connections/" + id));
    [Fact] public Task Export() => AssertEachKeepsItsDocument("Get-CeligoExport", (c, id) => Doc(c, "exports", id));
    [Fact] public Task Import() => AssertEachKeepsItsDocument("Get-CeligoImport", (c, id) => Doc(c, "imports", id));
    [Fact] public Task User() => AssertEachKeepsItsDocument("Get-CeligoUser", (c, id) => Doc(c, "ashares", id));
    [Fact] public Task Script() => AssertEachKeepsItsDocument("Get-CeligoScript -Id (Get-CeligoScript | ForEach-Object Id)", (c, id) => Doc(c, "scripts", id));
    [Fact] public Task Tag() => AssertEachKeepsItsDocument("Get-CeligoTag", (c, id) => Doc(c, "tags", id));
    [Fact] public Task LookupCache() => AssertEachKeepsItsDocument("Get-CeligoLookupCache", (c, id) => Doc(c, "lookupcaches", id));

    [Fact]
    public async Task ThroughTheEnginesOwnSelectObjectAndConvertToJson_EveryFieldComesBack()
    {
        // The real Microsoft.PowerShell.Utility cmdlets, as a user pipes them.
        await using var c = await Connected.StartAsync();
        var result = c.Run("Get-CeligoFlow | Sort-Object Id | Select-Object -First 2 | ConvertTo-Json -Depth 20");
        result.ShouldSucceed();
        var written = JsonNode.Parse(string.Concat(result.Output.Select(o => o.ToString())))!.AsArray();
        Assert.Equal(2, written.Count);
        // A field comes back under its API name or as the typed property that reads it (_integrationId as IntegrationId).
        static string Plain(string name) => name.TrimStart('_').ToLowerInvariant();
        foreach (var flow in written)
        {
            var names = flow!.AsObject().Select(p => Plain(p.Key)).ToHashSet();
            foreach (var (field, value) in Doc(c, "flows", (string)flow["Id"]!))
            {
                Assert.True(value is null || names.Contains(Plain(field)), $"ConvertTo-Json lost the flow's '{field}'");
            }
        }
    }

    [Fact]
    public async Task StepError()
    {
        await using var c = await Connected.StartAsync();
        var sent = c.Emulator.State.OpenErrors(SeedIds.ShopifyOrdersFlow, SeedIds.NetSuiteSalesOrderImport).ToDictionary(e => e["errorId"]!.ToString());
        var result = c.Run($"Get-CeligoError -FlowId {SeedIds.ShopifyOrdersFlow} -StepId {SeedIds.NetSuiteSalesOrderImport}");
        result.ShouldSucceed();
        Assert.Equal(sent.Count, result.Output.Count);
        foreach (var item in result.Output)
        {
            JsonFidelity.AssertKeepsEveryField(item, sent[item.Properties["ErrorId"].Value!.ToString()!]);
        }
    }

    [Fact]
    public async Task RetryDataAndCheckpointAndCacheEntriesAndAudit()
    {
        await using var c = await Connected.StartAsync();
        using var http = new HttpClient { BaseAddress = c.Emulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Connected.Token);
        async Task<JsonNode> Get(string path) => JsonNode.Parse(await http.GetStringAsync(path))!;

        var error = c.Emulator.State.OpenErrors(SeedIds.ShopifyOrdersFlow, SeedIds.NetSuiteSalesOrderImport).First(e => !string.IsNullOrEmpty((string?)e["retryDataKey"]));
        var key = (string)error["retryDataKey"]!;
        var retry = c.Run($"Get-CeligoErrorRetryData -FlowId {SeedIds.ShopifyOrdersFlow} -StepId {SeedIds.NetSuiteSalesOrderImport} -RetryDataKey {key}");
        retry.ShouldSucceed();
        JsonFidelity.AssertKeepsEveryField(Assert.Single(retry.Output), (await Get($"/v1/flows/{SeedIds.ShopifyOrdersFlow}/{SeedIds.NetSuiteSalesOrderImport}/{key}/data")).AsObject());

        var checkpoint = c.Run($"Get-CeligoFlowLastExportDateTime -FlowId {SeedIds.ShopifyOrdersFlow}");
        checkpoint.ShouldSucceed();
        JsonFidelity.AssertKeepsEveryField(Assert.Single(checkpoint.Output), (await Get($"/v1/flows/{SeedIds.ShopifyOrdersFlow}/lastExportDateTime")).AsObject());

        var audit = c.Run("Get-CeligoAuditLog -First 20");
        audit.ShouldSucceed();
        var sentAudit = (await Get("/v1/audit?limit=20")).AsArray().Select(n => n!.AsObject()).ToDictionary(n => (string)n["_id"]!);
        foreach (var entry in audit.Output)
        {
            JsonFidelity.AssertKeepsEveryField(entry, sentAudit[(string)entry.Properties["Id"].Value!]);
        }

        var entries = c.Run($"Get-CeligoLookupCacheData -LookupCacheId {SeedIds.SkuLookupCache} -Key SKU-00001, SKU-00002");
        entries.ShouldSucceed();
        Assert.Equal(2, entries.Output.Count);
        foreach (var entry in entries.Output)
        {
            var value = ((System.Management.Automation.PSObject)entry.Properties["Value"].Value!).Properties["netsuiteItemId"].Value;
            Assert.NotNull(value);
        }
    }

    [Fact]
    public async Task Dependency()
    {
        await using var c = await Connected.StartAsync();
        using var http = new HttpClient { BaseAddress = c.Emulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Connected.Token);
        var sent = JsonNode.Parse(await http.GetStringAsync($"/v1/connections/{SeedIds.OfflineConnection}/dependencies"))!.AsObject()
            .SelectMany(p => p.Value!.AsArray().Select(d => d!.AsObject())).ToDictionary(d => (string)d["id"]!);
        var result = c.Run($"Get-CeligoDependency -ResourceType connections -Id {SeedIds.OfflineConnection}");
        result.ShouldSucceed();
        Assert.Equal(sent.Count, result.Output.Count);
        foreach (var item in result.Output)
        {
            JsonFidelity.AssertKeepsEveryField(item, sent[(string)item.Properties["Id"].Value!]);
        }
    }

    /// <summary>What the API answers (connections come back with their secrets masked, unlike the stored document).</summary>
    private static JsonObject Fetched(Connected c, string path)
    {
        using var http = new HttpClient { BaseAddress = c.Emulator.BaseUri };
        http.DefaultRequestHeaders.Authorization = new("Bearer", Connected.Token);
        return JsonNode.Parse(http.GetStringAsync(path).GetAwaiter().GetResult())!.AsObject();
    }
}
