using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>Document builders used by <see cref="Seeder"/>; each adds the document to its store.</summary>
internal sealed partial class Seeder
{
    private JsonObject Connection(string? fixedId, string name, string type, params (string Key, JsonNode? Value)[] fields)
    {
        var doc = Doc(Id(fixedId), name + Suffix,
            [("type", type), .. fields, .. fields.Any(f => f.Key == "offline") ? [] : new[] { ("offline", (JsonNode?)false) },
             ("sandbox", false), ("concurrencyLevel", type == "netsuite" ? 5 : 3)]);
        _s.Connections.Add(doc);
        return doc;
    }

    private JsonObject Integration(string? fixedId, string name, string description, string[] groupings, JsonObject[] connections)
    {
        var flowGroupings = new JsonArray();
        foreach (var grouping in groupings) flowGroupings.Add(new JsonObject { ["_id"] = _s.Ids.Next(), ["name"] = grouping });
        var doc = Doc(Id(fixedId), name + Suffix,
            ("description", description),
            ("readme", $"# {name}\nOwned by the integrations team. Page the on-call engineer for failures."),
            ("sandbox", false),
            ("settings", new JsonObject { ["notifyOnError"] = true, ["defaultSubsidiary"] = "3" }),
            ("install", new JsonArray()),
            ("installSteps", new JsonArray()),
            ("flowGroupings", flowGroupings),
            ("_registeredConnectionIds", new JsonArray(connections.Select(c => (JsonNode?)(string)c["_id"]!).ToArray())),
            ("_registeredLookupCacheIds", new JsonArray()),
            ("aliases", new JsonArray()));
        _s.Integrations.Add(doc);
        return doc;
    }

    private static string[] Groupings(JsonObject integration) =>
        ((JsonArray)integration["flowGroupings"]!).Select(g => (string)g!["_id"]!).ToArray();

    private static void Register(JsonObject integration, string field, params JsonObject[] docs)
    {
        var list = (JsonArray)integration[field]!;
        foreach (var doc in docs) list.Add((string)doc["_id"]!);
    }

    private JsonObject LookupCache(string? fixedId, string name, string description, string integrationId, int entries, Func<int, (string Key, JsonNode? Value)> entry)
    {
        var data = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        for (var i = 0; i < entries; i++)
        {
            var (key, value) = entry(i);
            data[key] = value;
        }
        var size = LookupCacheData.SizeOf(data);
        var doc = Doc(Id(fixedId), name + Suffix,
            ("_userId", SeedIds.OwnerUser),
            ("description", description),
            ("_integrationId", integrationId),
            ("includeDataInTemplatesAndCloning", false),
            ("size", size),
            ("sizeInMB", LookupCacheData.SizeInMB(size)),
            ("draft", false));
        _s.LookupCaches.Add(doc);
        _s.LookupData[(string)doc["_id"]!] = data;
        return doc;
    }

    private JsonObject Export(string? fixedId, string name, JsonObject? connection, string adaptorType, string? type, string? recordKind, params (string Key, JsonNode? Value)[] fields)
    {
        var head = new List<(string, JsonNode?)>();
        if (connection is not null) head.Add(("_connectionId", (string)connection["_id"]!));
        head.Add(("adaptorType", adaptorType));
        if (type is not null) head.Add(("type", type));
        head.Add(("apiIdentifier", "e" + Hex(10)));
        head.Add(("asynchronous", true));
        head.Add(("oneToMany", false));
        var doc = Doc(Id(fixedId), name + Suffix, [.. head, .. fields]);
        _s.Exports.Add(doc);
        if (recordKind is not null) _s.RecordKinds[(string)doc["_id"]!] = recordKind;
        return doc;
    }

    private JsonObject Import(string? fixedId, string name, JsonObject connection, string adaptorType, params (string Key, JsonNode? Value)[] fields)
    {
        var doc = Doc(Id(fixedId), name + Suffix,
            [("_connectionId", (string)connection["_id"]!), ("adaptorType", adaptorType), ("apiIdentifier", "i" + Hex(10)),
             ("ignoreExisting", false), ("ignoreMissing", false), ("oneToMany", false), .. fields]);
        _s.Imports.Add(doc);
        return doc;
    }

    private static JsonObject Mapping(params (string Generate, string Extract)[] fields) => new()
    {
        ["fields"] = new JsonArray(fields.Select(f => (JsonNode?)new JsonObject { ["extract"] = f.Extract, ["generate"] = f.Generate }).ToArray()),
        ["lists"] = new JsonArray(),
    };

    private static JsonArray Processors(params (string Type, JsonObject Doc, bool ResponseMapping)[] steps)
    {
        var array = new JsonArray();
        foreach (var (type, doc, responseMapping) in steps)
        {
            var pp = new JsonObject { ["type"] = type, [type == "import" ? "_importId" : "_exportId"] = (string)doc["_id"]! };
            if (responseMapping)
                pp["responseMapping"] = new JsonObject
                {
                    ["fields"] = new JsonArray(new JsonObject { ["extract"] = "data[0].internalId", ["generate"] = "customerId" }),
                    ["lists"] = new JsonArray(),
                };
            pp["proceedOnFailure"] = false;
            array.Add(pp);
        }
        return array;
    }

    private JsonArray Router(params (string Branch, string Filter, JsonObject Import)[] branches)
    {
        var array = new JsonArray();
        foreach (var (name, filter, import) in branches)
            array.Add(new JsonObject
            {
                ["name"] = name,
                ["description"] = filter == "otherwise" ? "Everything else" : $"Records where {filter}",
                ["inputFilter"] = filter == "otherwise" ? new JsonObject() : new JsonObject
                {
                    ["type"] = "expression",
                    ["expression"] = new JsonObject { ["version"] = "1", ["rules"] = new JsonArray("equals", new JsonArray("string", new JsonArray("extract", "product_type")), "Kit") },
                },
                ["pageProcessors"] = Processors(("import", import, false)),
            });
        return new JsonArray(new JsonObject
        {
            ["id"] = Hex(8),
            ["name"] = "Route by product type",
            ["routeRecordsTo"] = "first_matching_branch",
            ["routeRecordsUsing"] = "input_filters",
            ["branches"] = array,
        });
    }

    /// <param name="integration">Null for a standalone flow.</param>
    /// <param name="everyHours">How often it ran in the job history; 0 = never (an abstract flow).</param>
    private JsonObject Flow(string? fixedId, string name, JsonObject? integration, string? groupingId, string? schedule, JsonObject[] pageGenerators,
        JsonArray? processors, int everyHours, JsonArray? routers = null, bool disabled = false, bool failing = false, string? newestStatus = null)
    {
        var fields = new List<(string, JsonNode?)>
        {
            ("description", $"{name}. Owned by the integrations team."),
            ("disabled", disabled),
        };
        if (integration is not null)
        {
            fields.Add(("_integrationId", (string)integration["_id"]!));
            fields.Add(("_flowGroupingId", groupingId));
        }
        if (schedule is not null) fields.Add(("schedule", schedule));
        fields.Add(("timezone", "America/New_York"));
        fields.Add(("pageGenerators", new JsonArray(pageGenerators.Select(e => (JsonNode?)new JsonObject { ["_exportId"] = (string)e["_id"]!, ["skipRetries"] = false }).ToArray())));
        if (routers is not null) fields.Add(("routers", routers));
        else fields.Add(("pageProcessors", processors));
        fields.Add(("runPageGeneratorsInParallel", false));
        fields.Add(("skipRetries", false));
        fields.Add(("autoResolveMatchingTraceKeys", true));
        fields.Add(("_runNextFlowIds", new JsonArray()));
        fields.Add(("free", false));
        fields.Add(("logging", new JsonObject()));
        fields.Add(("aiDescription", new JsonObject { ["summary"] = $"Moves records for: {name}.", ["detailed"] = $"This flow runs {(schedule is null ? "on webhook events" : "on a schedule")} and {(routers is null ? "processes every record the same way" : "routes records into branches")}." }));
        var doc = Doc(Id(fixedId), name + Suffix, [.. fields]);
        _s.Flows.Add(doc);
        Runs(doc, everyHours, failing, newestStatus);
        return doc;
    }

    /// <summary>Gives a seeded flow its job history (and failing runs).</summary>
    private void Runs(JsonObject flow, int everyHours, bool failing = false, string? newestStatus = null)
    {
        if (failing) _s.Failing.Add((string)flow["_id"]!);
        if (everyHours > 0) _flows.Add(new FlowSeed(flow, everyHours, newestStatus));
    }

    private void Tags()
    {
        foreach (var (tag, code) in new[] { ("Needs review", "F3ZBQ"), ("Customer data", "K8WXA"), ("Known issue", "Q2LMN"), ("Escalated", "Z7RTD") })
        {
            var (created, modified) = Stamps();
            _s.Tags.Add(new JsonObject
            {
                ["_id"] = _s.Ids.Next(),
                ["tag"] = tag + Suffix,
                ["tagId"] = _copy == 0 ? code : code[..3] + _copy.ToString("00"),
                ["createdAt"] = created,
                ["lastModified"] = modified,
            });
        }
    }

    private void Users(JsonObject shopifyNs, JsonObject sfNs, JsonObject zd)
    {
        var people = new (string Name, string Email, string? Level, JsonArray? PerIntegration, bool Accepted)[]
        {
            ("Ana Admin", "ana.admin", "administrator", null, true),
            ("Mark Manager", "mark.manager", "manage", null, true),
            ("Mona Monitor", "mona.monitor", "monitor", null, true),
            ("Ivan Integration", "ivan.integration", null, new JsonArray(
                new JsonObject { ["_integrationId"] = (string)shopifyNs["_id"]!, ["accessLevel"] = "manage" },
                new JsonObject { ["_integrationId"] = (string)zd["_id"]!, ["accessLevel"] = "monitor" }), true),
            ("Pat Pending", "pat.pending", null, new JsonArray(new JsonObject { ["_integrationId"] = (string)sfNs["_id"]!, ["accessLevel"] = "monitor" }), false),
        };
        foreach (var (name, email, level, perIntegration, accepted) in people)
        {
            var (created, modified) = Stamps();
            var doc = new JsonObject { ["_id"] = _s.Ids.Next() };
            if (level is not null) doc["accessLevel"] = level;
            if (perIntegration is not null) doc["integrationAccessLevel"] = perIntegration;
            doc["accepted"] = accepted;
            doc["dismissed"] = false;
            doc["disabled"] = false;
            if (accepted) doc["lastSignIn"] = Dates.Iso(_now - TimeSpan.FromHours(_rng.Next(1, 300)));
            doc["accountMFARequired"] = level == "administrator";
            doc["accountSSORequired"] = false;
            doc["allowToEditRetryData"] = level == "monitor";
            doc["createdVia"] = "invite";
            doc["sharedWithUser"] = new JsonObject
            {
                ["_id"] = _s.Ids.Next(),
                ["email"] = $"{email}{(_copy == 0 ? "" : _copy + 1)}@acme-outdoor.com",
                ["name"] = name + Suffix,
                ["allowedToResetMFA"] = false,
                ["accountSSOLinked"] = "not_linked",
            };
            doc["createdAt"] = created;
            doc["lastModified"] = modified;
            _s.Ashares.Add(doc);
        }
    }

    private void Scripts(JsonObject ordersExport, JsonObject salesOrderImport)
    {
        var preSave = Script("Shopify orders preSavePage",
            "Drops test orders before they reach NetSuite.",
            "/*\n * preSavePage hook: remove Shopify test orders.\n */\nfunction preSavePage(options) {\n  return {\n    data: options.data.filter(order => !order.test),\n    errors: options.errors,\n    abort: false\n  };\n}\n");
        var preMap = Script("NetSuite sales order preMap",
            "Defaults the NetSuite department and class.",
            "function preMap(options) {\n  return options.data.map(record => ({\n    data: Object.assign({ department: '7', class: '2' }, record)\n  }));\n}\n");
        Script("Zendesk ticket transform",
            "Flattens Zendesk ticket custom fields.",
            "function transform(options) {\n  const record = options.record;\n  (record.custom_fields || []).forEach(f => { record['cf_' + f.id] = f.value; });\n  return record;\n}\n");
        ordersExport["hooks"] = new JsonObject { ["preSavePage"] = new JsonObject { ["function"] = "preSavePage", ["_scriptId"] = (string)preSave["_id"]! } };
        salesOrderImport["hooks"] = new JsonObject { ["preMap"] = new JsonObject { ["function"] = "preMap", ["_scriptId"] = (string)preMap["_id"]! } };
    }

    private JsonObject Script(string name, string description, string content)
    {
        var doc = Doc(_s.Ids.Next(), name + Suffix, ("description", description), ("content", content), ("sandbox", false));
        _s.Scripts.Add(doc);
        return doc;
    }

    private void State(JsonObject shopifyNs, JsonObject ordersExport)
    {
        var suffix = _copy == 0 ? "" : $"_{_copy + 1}";
        _s.GlobalState["featureFlags" + suffix] = new JsonObject { ["useNewPricing"] = true, ["maxOrderLines"] = 250 };
        _s.GlobalState["lastInventorySync" + suffix] = new JsonObject { ["at"] = "2026-01-14T06:00:00.000Z", ["items"] = 1843 };
        _s.GlobalState["shopifyCursor" + suffix] = JsonValue.Create("eyJsYXN0X2lkIjo1NjAwMDAwMDAwMTIzfQ");
        var flowId = (string)_flows.First(f => (string)f.Flow["_integrationId"]! == (string)shopifyNs["_id"]!).Flow["_id"]!;
        ResourceState("flows", flowId)["lastOrderId"] = JsonValue.Create(5_600_000_001_042L);
        ResourceState("exports", (string)ordersExport["_id"]!)["cursor"] = new JsonObject { ["since"] = "2026-01-14T00:00:00Z", ["page"] = 3 };
        ResourceState("integrations", (string)shopifyNs["_id"]!)["settingsVersion"] = JsonValue.Create(7);
    }

    private SortedDictionary<string, JsonNode?> ResourceState(string type, string id)
    {
        var key = type + "/" + id;
        if (!_s.ResourceState.TryGetValue(key, out var keys)) _s.ResourceState[key] = keys = new(StringComparer.Ordinal);
        return keys;
    }
}
