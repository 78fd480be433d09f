using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Builds the seeded account. Seed = 1 is a small realistic account: three integrations
/// ("Shopify - NetSuite", "Salesforce - NetSuite", "Zendesk Sync") with flow groupings and four
/// flows each (one with routers, one disabled, two that fail), a flow in no integration, a
/// multi-instance flow with two instances, six connections (one offline),
/// exports/imports, lookup caches, tags, users, state keys, scripts, seven days of jobs in every
/// status with child jobs and open/resolved errors, and audit entries. Seed = N builds N copies
/// (names suffixed " #2", " #3", ...). Everything comes from a Random seeded with the seed, so
/// ids and data repeat run after run; only job/error/audit times are relative to "now".
/// The objects named in <see cref="SeedIds"/> get those ids in copy 1.
/// </summary>
internal sealed partial class Seeder
{
    /// <summary>Fixed origin for resource createdAt/lastModified so documents repeat exactly.</summary>
    private static readonly DateTime ResourceEpoch = new(2025, 2, 3, 14, 5, 9, 120, DateTimeKind.Utc);

    private readonly AccountState _s;
    private readonly DateTime _now;
    private readonly Random _rng;
    private readonly List<FlowSeed> _flows = [];
    private int _copy;
    private bool _empty;
    private int _docCounter;

    /// <summary>A seeded flow plus how the job history should treat it (kept out of the document).</summary>
    private sealed record FlowSeed(JsonObject Flow, int EveryHours, string? NewestStatus);

    private Seeder(AccountState state, DateTime now)
    {
        _s = state;
        _now = now;
        _rng = state.Ids.Random;
    }

    public static void Seed(AccountState state, int scale, DateTime now)
    {
        var seeder = new Seeder(state, now);
        if (state.Options.Empty)
        {
            // Only connections, under other ids (no fixed SeedIds) and with other secrets.
            seeder._empty = true;
            seeder.SeedConnections();
            return;
        }
        for (var copy = 0; copy < scale; copy++)
        {
            seeder._copy = copy;
            seeder.SeedCopy();
        }
        seeder.SeedJobs();
        seeder.SeedAudit();
    }

    private string Suffix => _copy == 0 ? "" : $" #{_copy + 1}";

    /// <summary>The SeedIds constant in copy 1, a generated id otherwise.</summary>
    private string Id(string? fixedInFirstCopy = null) => _copy == 0 && !_empty && fixedInFirstCopy is not null ? fixedInFirstCopy : _s.Ids.Next();

    private (string CreatedAt, string LastModified) Stamps()
    {
        var created = ResourceEpoch + TimeSpan.FromHours(_docCounter++ * 1.75) + TimeSpan.FromMilliseconds(_rng.Next(1000));
        return (Dates.Iso(created), Dates.Iso(created + TimeSpan.FromDays(_rng.Next(1, 120)) + TimeSpan.FromMinutes(_rng.Next(1440))));
    }

    private JsonObject Doc(string id, string name, params (string Key, JsonNode? Value)[] fields)
    {
        var doc = new JsonObject { ["_id"] = id, ["name"] = name };
        foreach (var (key, value) in fields) doc[key] = value;
        var (created, modified) = Stamps();
        doc["createdAt"] = created;
        doc["lastModified"] = modified;
        return doc;
    }

    private string Hex(int length) => string.Concat(Enumerable.Range(0, length).Select(_ => "0123456789abcdef"[_rng.Next(16)]));

    /// <summary>The account's six connections (secrets are stored in clear and masked on the way out, like the API).</summary>
    private (JsonObject Shopify, JsonObject NetSuite, JsonObject Salesforce, JsonObject Zendesk, JsonObject Sftp, JsonObject Slack) SeedConnections()
    {
        var shopify = Connection(null, "Shopify", "http", ("assistant", "shopify"), ("http", new JsonObject
        {
            ["formType"] = "assistant",
            ["mediaType"] = "json",
            ["baseURI"] = "https://acme-outdoor.myshopify.com/admin/api/2025-01",
            ["auth"] = new JsonObject
            {
                ["type"] = "token",
                ["token"] = new JsonObject { ["token"] = "shpat_" + Hex(32), ["location"] = "header", ["headerName"] = "X-Shopify-Access-Token", ["scheme"] = " " },
            },
            ["ping"] = new JsonObject { ["relativeURI"] = "/shop.json", ["method"] = "GET" },
            ["rateLimit"] = new JsonObject { ["failStatusCode"] = 429, ["failRetryAfterHeader"] = "Retry-After" },
        }));
        var netsuite = Connection(null, "NetSuite Production", "netsuite", ("netsuite", new JsonObject
        {
            ["account"] = "TSTDRV2215478",
            ["environment"] = "production",
            ["authType"] = "token-auto",
            ["tokenId"] = Hex(64),
            ["tokenSecret"] = Hex(64),
            ["roleId"] = "3",
            ["dataCenterURLs"] = new JsonObject { ["restDomain"] = "https://tstdrv2215478.restlets.api.netsuite.com", ["systemDomain"] = "https://tstdrv2215478.app.netsuite.com" },
        }));
        var salesforce = Connection(null, "Salesforce", "salesforce", ("needsAuthorization", false), ("salesforce", new JsonObject
        {
            ["sandbox"] = false,
            ["baseURI"] = "https://acme-outdoor.my.salesforce.com",
            ["oauth2FlowType"] = "refreshToken",
            ["username"] = "integration@acme-outdoor.com",
            ["refreshToken"] = "5Aep861" + Hex(40),
            ["scope"] = new JsonArray("api", "refresh_token"),
        }));
        var zendesk = Connection(SeedIds.OfflineConnection, "Zendesk", "http", ("assistant", "zendesk"), ("offline", true), ("http", new JsonObject
        {
            ["formType"] = "assistant",
            ["mediaType"] = "json",
            ["baseURI"] = "https://acme-outdoor.zendesk.com/api/v2",
            ["auth"] = new JsonObject
            {
                ["type"] = "basic",
                ["basic"] = new JsonObject { ["username"] = "support@acme-outdoor.com/token", ["password"] = Hex(40) },
            },
            ["ping"] = new JsonObject { ["relativeURI"] = "/users/me.json", ["method"] = "GET" },
        }));
        var sftp = Connection(null, "SFTP - Warehouse", "ftp", ("ftp", new JsonObject
        {
            ["type"] = "sftp",
            ["hostURI"] = "sftp.acme-warehouse.com",
            ["port"] = 22,
            ["username"] = "celigo",
            ["password"] = Hex(24),
            ["usePassiveMode"] = true,
        }));
        var slack = Connection(null, "Slack", "http", ("assistant", "slack"), ("http", new JsonObject
        {
            ["formType"] = "assistant",
            ["mediaType"] = "json",
            ["baseURI"] = "https://slack.com/api",
            ["auth"] = new JsonObject { ["type"] = "oauth", ["oauth"] = new JsonObject { ["accessToken"] = "xoxb-" + Hex(40), ["scope"] = new JsonArray("chat:write") } },
        }));

        return (shopify, netsuite, salesforce, zendesk, sftp, slack);
    }

    private void SeedCopy()
    {
        var (shopify, netsuite, salesforce, zendesk, sftp, slack) = SeedConnections();

        // ---- integration 1: Shopify - NetSuite ----
        var shopifyNs = Integration(SeedIds.ShopifyIntegration, "Shopify - NetSuite", "Orders, fulfillments, inventory and products between Shopify and NetSuite.",
            ["Orders", "Inventory & Products"], [shopify, netsuite]);
        var g = Groupings(shopifyNs);
        var skuCache = LookupCache(SeedIds.SkuLookupCache, "SKU Map", "Shopify SKU to NetSuite item", (string)shopifyNs["_id"]!, 2500,
            i => ($"SKU-{i:00000}", new JsonObject { ["netsuiteItemId"] = (10000 + i).ToString(), ["kit"] = i % 9 == 0 }));
        Register(shopifyNs, "_registeredLookupCacheIds", skuCache);

        var ordersExport = Export(SeedIds.ShopifyOrdersExport, "Get Shopify Orders", shopify, "HTTPExport", "delta", "shopify-order",
            ("http", new JsonObject { ["relativeURI"] = "/orders.json?status=any&updated_at_min={{lastExportDateTime}}", ["method"] = "GET", ["successMediaType"] = "json", ["response"] = new JsonObject { ["resourcePath"] = "orders" }, ["paging"] = new JsonObject { ["method"] = "linkheader", ["linkHeaderRelation"] = "next" } }),
            ("delta", new JsonObject { ["dateField"] = "updated_at", ["dateFormat"] = "YYYY-MM-DDTHH:mm:ssZ" }));
        var customerLookup = Export(SeedIds.NetSuiteCustomerLookup, "Lookup NetSuite Customer", netsuite, "NetSuiteExport", null, null,
            ("isLookup", true),
            ("netsuite", new JsonObject { ["type"] = "search", ["searches"] = new JsonArray(new JsonObject { ["recordType"] = "customer", ["criteria"] = new JsonArray(new JsonObject { ["field"] = "email", ["operator"] = "is", ["searchValue"] = "{{data.email}}" }) }) }));
        var salesOrderImport = Import(SeedIds.NetSuiteSalesOrderImport, "Create NetSuite Sales Orders", netsuite, "NetSuiteDistributedImport",
            ("distributed", true),
            ("netsuite_da", new JsonObject { ["operation"] = "add", ["recordType"] = "salesorder", ["mapping"] = Mapping(("entity", "customerId"), ("otherrefnum", "name"), ("memo", "note")) }));
        Flow(SeedIds.ShopifyOrdersFlow, "Shopify Orders to NetSuite Sales Orders", shopifyNs, g[0], "? 0/15 * ? * *", [ordersExport],
            Processors(("export", customerLookup, true), ("import", salesOrderImport, false)), everyHours: 2);

        var fulfillExport = Export(null, "Get NetSuite Item Fulfillments", netsuite, "NetSuiteExport", "delta", "netsuite-fulfillment",
            ("netsuite", new JsonObject { ["type"] = "search", ["searches"] = new JsonArray(new JsonObject { ["recordType"] = "itemfulfillment", ["savedSearchId"] = "customsearch_celigo_shopify_if" }) }));
        var fulfillImport = Import(SeedIds.ShopifyFulfillmentImport, "Create Shopify Fulfillments", shopify, "HTTPImport",
            ("http", new JsonObject { ["relativeURI"] = new JsonArray("/orders/{{data.shopifyOrderId}}/fulfillments.json"), ["method"] = new JsonArray("POST"), ["requestMediaType"] = "json" }),
            ("mapping", Mapping(("fulfillment.tracking_number", "trackingNumbers"), ("fulfillment.notify_customer", "true"))));
        Flow(SeedIds.FulfillmentsFlow, "NetSuite Fulfillments to Shopify", shopifyNs, g[0], "? 30 */2 ? * *", [fulfillExport],
            Processors(("import", fulfillImport, false)), everyHours: 4, failing: true);

        var inventoryExport = Export(null, "Get NetSuite Inventory Levels", netsuite, "NetSuiteExport", "delta", "netsuite-inventory",
            ("netsuite", new JsonObject { ["type"] = "search", ["searches"] = new JsonArray(new JsonObject { ["recordType"] = "inventoryitem", ["savedSearchId"] = "customsearch_celigo_inventory" }) }));
        var inventoryImport = Import(null, "Update Shopify Inventory Levels", shopify, "HTTPImport",
            ("http", new JsonObject { ["relativeURI"] = new JsonArray("/inventory_levels/set.json"), ["method"] = new JsonArray("POST"), ["requestMediaType"] = "json" }));
        Flow(null, "NetSuite Inventory to Shopify", shopifyNs, g[1], "? 0 * ? * *", [inventoryExport],
            Processors(("import", inventoryImport, false)), everyHours: 3, newestStatus: JobStatus.Running);

        var productsExport = Export(null, "Get Shopify Products", shopify, "HTTPExport", "delta", "shopify-product",
            ("http", new JsonObject { ["relativeURI"] = "/products.json", ["method"] = "GET", ["response"] = new JsonObject { ["resourcePath"] = "products" } }));
        var kitImport = Import(null, "Upsert NetSuite Kit Items", netsuite, "NetSuiteDistributedImport",
            ("netsuite_da", new JsonObject { ["operation"] = "addupdate", ["recordType"] = "kititem" }));
        var itemImport = Import(null, "Upsert NetSuite Inventory Items", netsuite, "NetSuiteDistributedImport",
            ("netsuite_da", new JsonObject { ["operation"] = "addupdate", ["recordType"] = "inventoryitem" }));
        Flow(null, "Shopify Products to NetSuite Items", shopifyNs, g[1], "? 0 6 ? * *", [productsExport], null, everyHours: 12,
            routers: Router(("Kits", "record.product_type = 'Kit'", kitImport), ("Inventory items", "otherwise", itemImport)),
            newestStatus: JobStatus.Queued);

        // ---- integration 2: Salesforce - NetSuite ----
        var sfNs = Integration(SeedIds.SalesforceIntegration, "Salesforce - NetSuite", "Accounts, opportunities and invoices between Salesforce and NetSuite.",
            ["Customers", "Orders & Billing"], [salesforce, netsuite]);
        g = Groupings(sfNs);
        var accountsExport = Export(null, "Get Salesforce Accounts", salesforce, "SalesforceExport", "delta", "salesforce-account",
            ("salesforce", new JsonObject { ["type"] = "soql", ["soql"] = new JsonObject { ["query"] = "SELECT Id, Name, BillingCountry FROM Account WHERE LastModifiedDate > {{lastExportDateTime}}" } }));
        var customerImport = Import(null, "Upsert NetSuite Customers", netsuite, "NetSuiteDistributedImport",
            ("netsuite_da", new JsonObject { ["operation"] = "addupdate", ["recordType"] = "customer" }));
        Flow(null, "Salesforce Accounts to NetSuite Customers", sfNs, g[0], "? 0/30 * ? * *", [accountsExport],
            Processors(("import", customerImport, false)), everyHours: 2, newestStatus: JobStatus.Canceling);

        var oppExport = Export(null, "Get Closed Won Opportunities", salesforce, "SalesforceExport", "delta", "salesforce-opportunity",
            ("salesforce", new JsonObject { ["type"] = "soql", ["soql"] = new JsonObject { ["query"] = "SELECT Id, Name, Amount FROM Opportunity WHERE StageName = 'Closed Won'" } }));
        var itemLookup = Export(null, "Lookup NetSuite Items", netsuite, "NetSuiteExport", null, null, ("isLookup", true),
            ("netsuite", new JsonObject { ["type"] = "search", ["searches"] = new JsonArray(new JsonObject { ["recordType"] = "item" }) }));
        var soImport = Import(null, "Create NetSuite Sales Orders from Opportunities", netsuite, "NetSuiteDistributedImport",
            ("netsuite_da", new JsonObject { ["operation"] = "add", ["recordType"] = "salesorder" }));
        Flow(null, "Salesforce Opportunities to NetSuite Sales Orders", sfNs, g[1], "? 15 * ? * *", [oppExport],
            Processors(("export", itemLookup, true), ("import", soImport, false)), everyHours: 4, newestStatus: JobStatus.Retrying);

        var invoiceExport = Export(null, "Get NetSuite Invoices", netsuite, "NetSuiteExport", "delta", "netsuite-invoice",
            ("netsuite", new JsonObject { ["type"] = "search", ["searches"] = new JsonArray(new JsonObject { ["recordType"] = "invoice" }) }));
        var invoiceImport = Import(null, "Update Salesforce Opportunity Invoices", salesforce, "SalesforceImport",
            ("salesforce", new JsonObject { ["operation"] = "update", ["sObjectType"] = "Opportunity", ["idLookup"] = new JsonObject { ["whereClause"] = "Id = {{salesforceOpportunityId}}" } }));
        Flow(null, "NetSuite Invoices to Salesforce", sfNs, g[1], "? 0 */6 ? * *", [invoiceExport],
            Processors(("import", invoiceImport, false)), everyHours: 6);

        var contactsExport = Export(null, "Get Salesforce Contacts", salesforce, "SalesforceExport", "delta", "salesforce-contact",
            ("salesforce", new JsonObject { ["type"] = "soql", ["soql"] = new JsonObject { ["query"] = "SELECT Id, FirstName, LastName, Email FROM Contact" } }));
        var contactImport = Import(null, "Upsert NetSuite Contacts", netsuite, "NetSuiteDistributedImport",
            ("netsuite_da", new JsonObject { ["operation"] = "addupdate", ["recordType"] = "contact" }));
        Flow(SeedIds.DisabledFlow, "Salesforce Contacts to NetSuite (legacy)", sfNs, g[0], "? 0 3 ? * *", [contactsExport],
            Processors(("import", contactImport, false)), everyHours: 24, disabled: true);

        // ---- integration 3: Zendesk Sync ----
        var zd = Integration(SeedIds.ZendeskIntegration, "Zendesk Sync", "Support tickets and users between Zendesk, Salesforce and the warehouse.",
            ["Tickets", "Users"], [zendesk, salesforce, sftp, slack]);
        g = Groupings(zd);
        var countryCache = LookupCache(null, "Country Codes", "ISO country code to name", (string)zd["_id"]!, 60,
            i => (CountryCode(i), JsonValue.Create($"Country {CountryCode(i)}")));
        var emptyCache = LookupCache(null, "Ticket Routing (empty)", "Filled by a flow at runtime", (string)zd["_id"]!, 0, _ => ("", null));
        Register(zd, "_registeredLookupCacheIds", countryCache, emptyCache);

        var ticketsExport = Export(null, "Get Zendesk Tickets", zendesk, "HTTPExport", "delta", "zendesk-ticket",
            ("http", new JsonObject { ["relativeURI"] = "/incremental/tickets.json?start_time={{lastExportDateTime}}", ["method"] = "GET", ["response"] = new JsonObject { ["resourcePath"] = "tickets" } }));
        var caseImport = Import(null, "Create Salesforce Cases", salesforce, "SalesforceImport",
            ("salesforce", new JsonObject { ["operation"] = "insert", ["sObjectType"] = "Case" }));
        Flow(null, "Zendesk Tickets to Salesforce Cases", zd, g[0], "? 0/20 * ? * *", [ticketsExport],
            Processors(("import", caseImport, false)), everyHours: 3, failing: true);

        var usersExport = Export(null, "Get Zendesk Users", zendesk, "HTTPExport", "delta", "zendesk-user",
            ("http", new JsonObject { ["relativeURI"] = "/users.json", ["method"] = "GET", ["response"] = new JsonObject { ["resourcePath"] = "users" } }));
        var contactUpsert = Import(null, "Upsert Salesforce Contacts", salesforce, "SalesforceImport",
            ("salesforce", new JsonObject { ["operation"] = "upsert", ["sObjectType"] = "Contact", ["upsert"] = new JsonObject { ["externalIdField"] = "Zendesk_Id__c" } }));
        Flow(null, "Zendesk Users to Salesforce Contacts", zd, g[1], "? 0 */8 ? * *", [usersExport],
            Processors(("import", contactUpsert, false)), everyHours: 8);

        var filesExport = Export(null, "Read Warehouse Returns Files", sftp, "FTPExport", null, "warehouse-row",
            ("ftp", new JsonObject { ["directoryPath"] = "/outbound/returns", ["fileNameStartsWith"] = "returns_", ["fileNameEndsWith"] = ".csv" }),
            ("file", new JsonObject { ["type"] = "csv", ["csv"] = new JsonObject { ["columnDelimiter"] = ",", ["hasHeaderRow"] = true } }));
        var ticketImport = Import(null, "Create Zendesk Return Tickets", zendesk, "HTTPImport",
            ("http", new JsonObject { ["relativeURI"] = new JsonArray("/tickets.json"), ["method"] = new JsonArray("POST"), ["requestMediaType"] = "json" }));
        Flow(null, "Warehouse Returns to Zendesk", zd, g[0], "? 0 7 ? * *", [filesExport],
            Processors(("import", ticketImport, false)), everyHours: 24);

        var ratingsExport = Export(null, "Zendesk Satisfaction Ratings (webhook)", null, "WebhookExport", "webhook", "zendesk-rating",
            ("webhook", new JsonObject { ["provider"] = "custom", ["verify"] = "token", ["token"] = Hex(24), ["path"] = "ratings" }));
        var slackImport = Import(null, "Post Rating to Slack", slack, "HTTPImport",
            ("http", new JsonObject { ["relativeURI"] = new JsonArray("/chat.postMessage"), ["method"] = new JsonArray("POST"), ["requestMediaType"] = "json" }));
        Flow(null, "Zendesk Satisfaction Ratings to Slack", zd, g[0], null, [ratingsExport],
            Processors(("import", slackImport, false)), everyHours: 6);

        Tags();
        Users(shopifyNs, sfNs, zd);
        Scripts(ordersExport, salesOrderImport);
        State(shopifyNs, ordersExport);
        StandaloneFlow(sftp, netsuite);
        MultiInstanceFlow(shopifyNs, shopify, netsuite);
    }

    private static string CountryCode(int i) => $"{(char)('A' + i / 26 % 26)}{(char)('A' + i % 26)}";
}
