using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Actions;

/// <summary>
/// Publish-CeligoIntegration: a folder exported from one account made real in another (connections
/// mapped by name), a plan that names exactly what changes, nothing written when nothing differs, and a
/// publish stopped part-way that says what it did and is finished by the next one.
/// </summary>
public sealed class IntegrationPublishTests : IDisposable
{
    private const string Shopify = "Shopify - NetSuite";
    private readonly string _root = Path.Combine(Path.GetTempPath(), "celigops-publish-" + Guid.NewGuid().ToString("N"));

    public IntegrationPublishTests() => Directory.CreateDirectory(_root);

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private string Folder => Path.Combine(_root, Shopify);

    [Fact]
    public async Task APublishIntoAnEmptyAccount_WithAConnectionMap_MatchesTheSource_AndASecondPublishWritesNothing()
    {
        await using var source = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        await using var c = await Connected.StartAsync(o => o.Empty = true);
        ExportFrom(c, source);
        // The target names its NetSuite account differently: the map says which it is.
        c.Run("Get-CeligoConnection -Name 'NetSuite Production' | Set-CeligoConnection -Name 'NetSuite Live'").ShouldSucceed();
        var connectionsBefore = c.Emulator.State.All("connections").Select(d => d.ToJsonString()).Order().ToList();

        var published = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -ConnectionMap @{{ 'NetSuite Production' = 'NetSuite Live' }} -Enable");

        published.ShouldSucceed();
        Assert.Equal(25, published.Output.Count);
        Assert.All(published.Output, s => Assert.Contains((string)s.Properties["Status"].Value, new[] { "Applied", "Unchanged" }));
        Assert.Equal("the folder's 'NetSuite Production'", published.Output.Single(s => (string)s.Properties["Name"].Value == "NetSuite Live").Properties["Message"].Value);
        // Connections are used, never created or changed (their secrets included).
        Assert.Equal(connectionsBefore, c.Emulator.State.All("connections").Select(d => d.ToJsonString()).Order().ToList());

        var rows = c.Run($"Compare-CeligoIntegration -ReferenceSession $Source -Name '{Shopify}'");
        rows.ShouldSucceed();
        Assert.NotEmpty(rows.Output);
        Assert.All(rows.Output, row =>
        {
            var onlyIn = (string?)row.Properties["OnlyIn"].Value;
            if (onlyIn != null)
            {
                Assert.Equal("connection", row.Properties["Kind"].Value);
                Assert.Equal(onlyIn == "Reference" ? "NetSuite Production" : "NetSuite Live", row.Properties["Name"].Value);
            }
            else
            {
                Assert.Equal("NetSuite Production", row.Properties["ReferenceValue"].Value?.ToString());
                Assert.Equal("NetSuite Live", row.Properties["DifferenceValue"].Value?.ToString());
            }
        });

        // Read through the same map, the two accounts hold the same integration.
        var mapped = c.Run($"Compare-CeligoIntegration -ReferenceSession $Source -Name '{Shopify}' -ConnectionMap @{{ 'NetSuite Production' = 'NetSuite Live' }}");
        mapped.ShouldSucceed();
        Assert.Empty(mapped.Output);
        Assert.Empty(c.Run($"Compare-CeligoIntegration -Path '{Folder}' -ConnectionMap @{{ 'NetSuite Production' = 'NetSuite Live' }}").Output);

        c.Emulator.Counters.Reset();
        var again = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -ConnectionMap @{{ 'NetSuite Production' = 'NetSuite Live' }} -Enable");

        again.ShouldSucceed();
        Assert.All(again.Output, s => Assert.Contains((string)s.Properties["Action"].Value, new[] { "NoChange", "Use" }));
        Assert.Equal(0, Writes(c));
        Assert.True(c.Emulator.Counters.Count("GET", "/v1/") > 0);
    }

    [Fact]
    public async Task AScheduleAndAMappingChangedInTheFolder_ArePlannedAsTwoChanges_AndWrittenAsTwo()
    {
        await using var c = await Connected.StartAsync();
        c.Run($"Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path '{_root}'").ShouldSucceed();
        Edit(Path.Combine(Folder, "flows", "Shopify Orders to NetSuite Sales Orders.json"), "\"? 0/15 * ? * *\"", "\"? 0 */2 ? * *\"");
        Edit(Path.Combine(Folder, "imports", "Create NetSuite Sales Orders.json"), "\"generate\": \"memo\"", "\"generate\": \"custbody_shopify_note\"");
        c.Emulator.Counters.Reset();

        var plan = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -WhatIf");
        var table = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -WhatIf | Out-String -Width 80");

        plan.ShouldSucceed();
        Assert.Equal(0, Writes(c));
        var changes = plan.Output.Where(s => (string)s.Properties["Action"].Value != "NoChange" && (string)s.Properties["Action"].Value != "Use").ToList();
        Assert.Equal(new[] { "flow Shopify Orders to NetSuite Sales Orders: schedule", "import Create NetSuite Sales Orders: netsuite_da.mapping" },
            changes.Select(s => $"{s.Properties["Kind"].Value} {s.Properties["Name"].Value}: {string.Join(",", (IEnumerable<string>)s.Properties["Fields"].Value)}").Order());
        Assert.All(changes, s => Assert.Equal("Planned", s.Properties["Status"].Value));
        var text = string.Concat(table.Output.Select(o => o.ToString()));
        Assert.All(text.Split('\n'), line => Assert.True(line.TrimEnd('\r').Length <= 80, line));
        Assert.Contains("netsuite_da.mapping", text);
        Assert.Contains("What if: Performing the operation \"Change (schedule)\" on target \"flow 'Shopify Orders to NetSuite Sales Orders'\"", string.Join("\n", plan.HostLines));

        var applied = c.Run($"Publish-CeligoIntegration -Path '{Folder}'");

        applied.ShouldSucceed();
        Assert.Equal(2, Writes(c));
        Assert.Equal(1, c.Emulator.Counters.Count("PATCH", $"/v1/flows/{SeedIds.ShopifyOrdersFlow}"));
        Assert.Equal(1, c.Emulator.Counters.Count("PUT", $"/v1/imports/{SeedIds.NetSuiteSalesOrderImport}"));
        Assert.Equal("? 0 */2 ? * *", (string?)c.Emulator.State.Get("flows", SeedIds.ShopifyOrdersFlow)!["schedule"]);
        Assert.Contains("custbody_shopify_note", c.Emulator.State.Get("imports", SeedIds.NetSuiteSalesOrderImport)!["netsuite_da"]!.ToJsonString());
    }

    [Fact]
    public async Task APublishStoppedByA503_SaysWhatWasAndWasNotApplied_AndTheNextPublishFinishesIt()
    {
        await using var source = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        await using var c = await Connected.StartAsync(o => o.Empty = true);
        ExportFrom(c, source);
        c.Emulator.Faults.Add(new FaultRule { WritesOnly = true, SkipFirst = 2, Times = 1, Kind = FaultKind.Status, StatusCode = 503 });

        var stopped = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -Enable");

        var error = Assert.Single(stopped.Errors);
        Assert.Equal(ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
        Assert.Contains("Of 23 steps of the publish: 1 accepted, 1 in the call that failed (they may or may not have been acted on), 21 not sent.", error.Exception.Message);
        Assert.Contains("Publish the folder again to finish", error.Exception.Message);
        string Status(string kind, string name) => (string)stopped.Output.Single(s => (string)s.Properties["Kind"].Value == kind && (string)s.Properties["Name"].Value == name).Properties["Status"].Value;
        Assert.Equal("Applied", Status("integration", Shopify));
        var failed = Assert.Single(stopped.Output, s => (string)s.Properties["Status"].Value == "Failed");
        Assert.Contains("503", (string)failed.Properties["Message"].Value);
        Assert.Equal(21, stopped.Output.Count(s => (string)s.Properties["Status"].Value == "NotApplied"));
        Assert.Single(c.Emulator.State.All("integrations"));
        Assert.Empty(c.Emulator.State.All("flows"));

        var finished = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -Enable");

        finished.ShouldSucceed();
        Assert.Equal("NoChange", finished.Output.Single(s => (string)s.Properties["Kind"].Value == "integration").Properties["Action"].Value);
        Assert.Equal(22, finished.Output.Count(s => (string)s.Properties["Status"].Value == "Applied"));
        Assert.Single(c.Emulator.State.All("integrations"));
        Assert.Equal(7, c.Emulator.State.All("flows").Count);
        Assert.Empty(c.Run($"Compare-CeligoIntegration -ReferenceSession $Source -Name '{Shopify}'").Output);
    }

    [Fact]
    public async Task FlowsArriveDisabled_NothingIsDeletedWithoutPrune_AndPruneDeletesWhatTheFolderLacks()
    {
        await using var c = await Connected.StartAsync();
        c.Run($"Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path '{_root}'").ShouldSucceed();
        var flowFile = Path.Combine(Folder, "flows", "Shopify Orders to NetSuite Sales Orders.json");
        var copy = JsonNode.Parse(File.ReadAllText(flowFile))!.AsObject();
        copy["name"] = "Shopify Orders to NetSuite - Copy";
        File.WriteAllText(Path.Combine(Folder, "flows", "Shopify Orders copy.json"), copy.ToJsonString());
        File.Delete(Path.Combine(Folder, "flows", "NetSuite Inventory to Shopify.json"));
        File.Delete(Path.Combine(Folder, "exports", "Get NetSuite Inventory Levels.json"));
        File.Delete(Path.Combine(Folder, "imports", "Update Shopify Inventory Levels.json"));

        var kept = c.Run($"Publish-CeligoIntegration -Path '{Folder}'");

        kept.ShouldSucceed();
        var created = c.Emulator.State.All("flows").Single(f => (string?)f["name"] == "Shopify Orders to NetSuite - Copy");
        Assert.True((bool)created["disabled"]!);
        Assert.Equal((string?)c.Emulator.State.Get("flows", SeedIds.ShopifyOrdersFlow)!["_flowGroupingId"], (string?)created["_flowGroupingId"]);
        Assert.Equal("Keep", kept.Output.Single(s => (string)s.Properties["Name"].Value == "NetSuite Inventory to Shopify").Properties["Action"].Value);
        Assert.Contains(c.Emulator.State.All("flows"), f => (string?)f["name"] == "NetSuite Inventory to Shopify");

        var pruned = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -Prune");

        pruned.ShouldSucceed();
        Assert.DoesNotContain(c.Emulator.State.All("flows"), f => (string?)f["name"] == "NetSuite Inventory to Shopify");
        // Its export and import, gone from the folder too, are deleted after it.
        Assert.Equal(new[] { "export Get NetSuite Inventory Levels", "flow NetSuite Inventory to Shopify", "import Update Shopify Inventory Levels" },
            pruned.Output.Where(s => (string)s.Properties["Action"].Value == "Delete").Select(s => $"{s.Properties["Kind"].Value} {s.Properties["Name"].Value}").Order());
    }

    [Fact]
    public async Task AChangeMadeElsewhere_WhileAPublishWritesTheSameImport_IsKept()
    {
        await using var c = await Connected.StartAsync();
        c.Run($"Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path '{_root}'").ShouldSucceed();
        Edit(Path.Combine(Folder, "imports", "Create NetSuite Sales Orders.json"), "\"generate\": \"memo\"", "\"generate\": \"custbody_shopify_note\"");
        // Between the publish's read of the import and its write, someone edits the import's description.
        c.Emulator.Faults.Add(new FaultRule
        {
            Method = "GET", PathPrefix = $"/v1/imports/{SeedIds.NetSuiteSalesOrderImport}", Kind = FaultKind.ThenAct, Times = 1,
            Then = () => c.Emulator.State.EditAsAnotherUser("imports", SeedIds.NetSuiteSalesOrderImport, doc => doc["description"] = "edited elsewhere"),
        });

        c.Run($"Publish-CeligoIntegration -Path '{Folder}'").ShouldSucceed();

        var stored = c.Emulator.State.Get("imports", SeedIds.NetSuiteSalesOrderImport)!;
        Assert.Equal("edited elsewhere", (string?)stored["description"]);
        Assert.Contains("custbody_shopify_note", stored["netsuite_da"]!.ToJsonString());
    }

    [Fact]
    public async Task FlowsThatRunEachOtherNext_AreBothCreated_AndNameEachOthersIds()
    {
        await using var source = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
        await using var c = await Connected.StartAsync(o => o.Empty = true);
        ExportFrom(c, source);
        // A cycle: whichever is created first names one that does not exist yet.
        Edit(Path.Combine(Folder, "flows", "NetSuite Fulfillments to Shopify.json"), "\"_runNextFlowIds\": []", "\"_runNextFlowIds\": [\"NetSuite Inventory to Shopify\"]");
        Edit(Path.Combine(Folder, "flows", "NetSuite Inventory to Shopify.json"), "\"_runNextFlowIds\": []", "\"_runNextFlowIds\": [\"NetSuite Fulfillments to Shopify\"]");

        var published = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -Enable");

        published.ShouldSucceed();
        var flows = c.Emulator.State.All("flows").ToDictionary(f => (string)f["name"]!);
        var fulfillments = flows["NetSuite Fulfillments to Shopify"];
        var inventory = flows["NetSuite Inventory to Shopify"];
        Assert.Equal((string?)inventory["_id"], (string?)fulfillments["_runNextFlowIds"]![0]);
        Assert.Equal((string?)fulfillments["_id"], (string?)inventory["_runNextFlowIds"]![0]);
        c.Emulator.Counters.Reset();
        c.Run($"Publish-CeligoIntegration -Path '{Folder}' -Enable").ShouldSucceed();
        Assert.Equal(0, Writes(c));
    }

    [Fact]
    public async Task ANewFlowGroup_KeepsTheOtherGroupsIds_AndTheFlowMovedIntoItIsFiledThere()
    {
        await using var c = await Connected.StartAsync();
        var groupsBefore = c.Emulator.State.Get("integrations", SeedIds.ShopifyIntegration)!["flowGroupings"]!.AsArray().ToDictionary(g => (string)g!["name"]!, g => (string)g!["_id"]!);
        c.Run($"Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path '{_root}'").ShouldSucceed();
        Edit(Path.Combine(Folder, "integration.json"), "\"name\": \"Inventory & Products\"\n    }", "\"name\": \"Inventory & Products\"\n    },\n    {\n      \"name\": \"Returns\"\n    }");
        Edit(Path.Combine(Folder, "flows", "Shopify Store Refunds to NetSuite.json"), "\"_flowGroupingId\": \"Orders\"", "\"_flowGroupingId\": \"Returns\"");
        c.Emulator.Counters.Reset();

        var published = c.Run($"Publish-CeligoIntegration -Path '{Folder}'");

        published.ShouldSucceed();
        Assert.Equal(new[] { "flow Shopify Store Refunds to NetSuite: _flowGroupingId", "integration Shopify - NetSuite: flowGroupings" },
            published.Output.Where(s => (string)s.Properties["Action"].Value == "Change")
                .Select(s => $"{s.Properties["Kind"].Value} {s.Properties["Name"].Value}: {string.Join(",", (IEnumerable<string>)s.Properties["Fields"].Value)}").Order());
        Assert.Equal(1, c.Emulator.Counters.Count("PATCH", $"/v1/integrations/{SeedIds.ShopifyIntegration}"));
        var groups = c.Emulator.State.Get("integrations", SeedIds.ShopifyIntegration)!["flowGroupings"]!.AsArray().ToDictionary(g => (string)g!["name"]!, g => (string)g!["_id"]!);
        Assert.Equal(groupsBefore["Orders"], groups["Orders"]);
        Assert.Equal(groupsBefore["Inventory & Products"], groups["Inventory & Products"]);
        Assert.Equal(groups["Returns"], (string?)c.Emulator.State.Get("flows", SeedIds.AbstractFlow)!["_flowGroupingId"]);
        Assert.Equal(groups["Orders"], (string?)c.Emulator.State.Get("flows", SeedIds.ShopifyOrdersFlow)!["_flowGroupingId"]);
    }

    [Fact]
    public async Task AFolderOrMapThatCannotBePublished_IsRefusedBeforeAnyRequest()
    {
        await using var c = await Connected.StartAsync();
        c.Run($"Export-CeligoIntegration -Id {SeedIds.ShopifyIntegration} -Path '{_root}'").ShouldSucceed();
        c.Emulator.Counters.Reset();

        var badMap = c.Run($"Publish-CeligoIntegration -Path '{Folder}' -ConnectionMap @{{ 'NetSuite Sandbox' = 'NetSuite Production' }}");
        Edit(Path.Combine(Folder, "flows", "Shopify Orders to NetSuite Sales Orders.json"), "\"_importId\": \"Create NetSuite Sales Orders\"", "\"_importId\": \"Create NetSuite Sales Order\"");
        var badReference = c.Run($"Publish-CeligoIntegration -Path '{Folder}'");
        var noFolder = c.Run($"Publish-CeligoIntegration -Path '{_root}'");

        Assert.Contains("'NetSuite Sandbox'", Assert.Single(badMap.Errors).Exception.Message);
        Assert.Contains("its connections are: 'NetSuite Production', 'Shopify'", badMap.Errors[0].Exception.Message);
        Assert.Contains("names import 'Create NetSuite Sales Order' in pageProcessors[1]._importId", Assert.Single(badReference.Errors).Exception.Message);
        Assert.Contains("holds no integration.json", Assert.Single(noFolder.Errors).Exception.Message);
        Assert.Equal(0, c.Emulator.Counters.Total);
    }

    /// <summary>Exports the source account's Shopify integration into the test folder; $Source is a session on it.</summary>
    private void ExportFrom(Connected c, EmulatorServer source)
    {
        c.Host.SetVariable("SourceUri", source.BaseUri.ToString());
        c.Run($"$script:Source = Connect-Celigo -BaseUri $SourceUri -Token $CeligoTestToken -PassThru; Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken; " +
              $"Export-CeligoIntegration -Name '{Shopify}' -Path '{_root}' -Session $Source | Out-Null").ShouldSucceed();
        c.Emulator.Counters.Reset();
    }

    private static void Edit(string file, string from, string to)
    {
        var text = File.ReadAllText(file);
        Assert.Contains(from, text);
        File.WriteAllText(file, text.Replace(from, to));
    }

    private static long Writes(Connected c) =>
        new[] { "POST", "PUT", "PATCH", "DELETE" }.Sum(m => c.Emulator.Counters.Count(m, "/v1/"));
}
