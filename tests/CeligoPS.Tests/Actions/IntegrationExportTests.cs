using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>
/// Export-CeligoIntegration writes folders git can diff: the same bytes every time, references by name,
/// and no credential of the account anywhere in them.
/// </summary>
public sealed class IntegrationExportTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "celigops-export-" + Guid.NewGuid().ToString("N"));

    public IntegrationExportTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public async Task ExportingTwice_GivesByteIdenticalFolders_WithReferencesByName_AndNoSecret()
    {
        await using var c = await Connected.StartAsync();
        var first = Path.Combine(_root, "first");
        var second = Path.Combine(_root, "second");
        Directory.CreateDirectory(first);
        Directory.CreateDirectory(second);

        var one = c.Run($"Get-CeligoIntegration | Export-CeligoIntegration -Path '{first}' -IncludeData");
        var two = c.Run($"Export-CeligoIntegration -Name '*' -Path '{second}' -IncludeData");

        one.ShouldSucceed();
        two.ShouldSucceed();
        Assert.Equal(3, one.Output.Count);
        var files = Files(first);
        Assert.Equal(files, Files(second));
        Assert.All(files, f => Assert.Equal(File.ReadAllBytes(Path.Combine(first, f)), File.ReadAllBytes(Path.Combine(second, f))));

        var shopify = Path.Combine(first, "Shopify - NetSuite");
        Assert.Contains("\"_connectionId\": \"Shopify\"", File.ReadAllText(Path.Combine(shopify, "exports", "Get Shopify Orders.json")));
        var flow = File.ReadAllText(Path.Combine(shopify, "flows", "Shopify Orders to NetSuite Sales Orders.json"));
        Assert.Contains("\"_exportId\": \"Get Shopify Orders\"", flow);
        Assert.DoesNotContain("\"_id\"", flow);
        Assert.DoesNotContain("lastModified", flow);
        Assert.Contains("function preSavePage", File.ReadAllText(Path.Combine(shopify, "scripts", "Shopify orders preSavePage.js")));
        Assert.True(File.Exists(Path.Combine(shopify, "lookupcaches", "SKU Map.data.json")));
        var netsuite = File.ReadAllText(Path.Combine(shopify, "connections", "NetSuite Production.json"));
        Assert.Contains("omittedSecrets", netsuite);
        Assert.Contains("netsuite.tokenSecret", netsuite);

        var secrets = SecretValues(c);
        Assert.NotEmpty(secrets);
        foreach (var file in files)
        {
            var text = File.ReadAllText(Path.Combine(first, file));
            Assert.All(secrets, secret => Assert.DoesNotContain(secret, text));
        }
    }

    [Fact]
    public async Task AnExistingFolder_IsReplacedOnlyWithForce_AndLosesTheFilesTheIntegrationNoLongerHas()
    {
        await using var c = await Connected.StartAsync();
        c.Run($"Export-CeligoIntegration -Id {SeedIds.ZendeskIntegration} -Path '{_root}'").ShouldSucceed();
        var folder = Path.Combine(_root, "Zendesk Sync");
        var stale = Path.Combine(folder, "flows", "Old flow.json");
        File.WriteAllText(stale, "{}");

        var refused = c.Run($"Export-CeligoIntegration -Id {SeedIds.ZendeskIntegration} -Path '{_root}'");
        var forced = c.Run($"Export-CeligoIntegration -Id {SeedIds.ZendeskIntegration} -Path '{_root}' -Force");

        Assert.Contains("-Force", Assert.Single(refused.Errors).Exception.Message);
        forced.ShouldSucceed();
        Assert.False(File.Exists(stale));
        Assert.Equal(Directory.GetFiles(folder, "*", SearchOption.AllDirectories).Length, Files(folder).Count);
    }

    private static List<string> Files(string root) =>
        Directory.GetFiles(root, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(root, f)).Order(StringComparer.Ordinal).ToList();

    /// <summary>Every credential the seeded account holds, as stored (unmasked): connection secrets and webhook tokens.</summary>
    private static List<string> SecretValues(Connected c)
    {
        var values = new List<string>();
        void Walk(JsonNode? node, string key)
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var pair in o) Walk(pair.Value, pair.Key);
                    break;
                case JsonArray a:
                    foreach (var item in a) Walk(item, key);
                    break;
                case JsonValue v when v.TryGetValue(out string? text) && text.Length >= 8 && Regex.IsMatch(key, "(password|secret|token|tokenId)$", RegexOptions.IgnoreCase):
                    values.Add(text);
                    break;
            }
        }
        foreach (var doc in c.Emulator.State.All("connections").Concat(c.Emulator.State.All("exports"))) Walk(doc, "");
        return values;
    }
}
