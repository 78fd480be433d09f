namespace CeligoPS.Emulator;

/// <summary>
/// Hand-picked ids of seeded objects that docs, examples and tests name directly. They are the
/// same for every <see cref="EmulatorOptions.Seed"/> (all other ids come from <see cref="IdGenerator"/>).
/// </summary>
public static class SeedIds
{
    /// <summary>The token's user (<c>GET /v1/tokenInfo</c> → <c>_userId</c>; <c>resolvedBy</c>, <c>canceledBy</c>).</summary>
    public const string OwnerUser = "5c0ffee0a1b2c3d4e5f60718";

    /// <summary>Email of <see cref="OwnerUser"/> (the account owner is not listed in <c>/v1/ashares</c>, celigo-api.md §4.10).</summary>
    public const string OwnerEmail = "olivia.owner@acme-outdoor.com";

    /// <summary>Integration "Shopify - NetSuite" (the first integration).</summary>
    public const string ShopifyIntegration = "5e1a0c9d2b3f4a6e8d7c0001";

    /// <summary>Flow "Shopify Orders to NetSuite Sales Orders" (first flow of the first integration, enabled, healthy).</summary>
    public const string ShopifyOrdersFlow = "5e1a0c9d2b3f4a6e8d7c0101";

    /// <summary>Page generator of <see cref="ShopifyOrdersFlow"/>: export "Get Shopify Orders".</summary>
    public const string ShopifyOrdersExport = "5e1a0c9d2b3f4a6e8d7c0201";

    /// <summary>Lookup step of <see cref="ShopifyOrdersFlow"/>: export "Lookup NetSuite Customer" (isLookup).</summary>
    public const string NetSuiteCustomerLookup = "5e1a0c9d2b3f4a6e8d7c0202";

    /// <summary>Import step of <see cref="ShopifyOrdersFlow"/>: import "Create NetSuite Sales Orders".</summary>
    public const string NetSuiteSalesOrderImport = "5e1a0c9d2b3f4a6e8d7c0301";

    /// <summary>
    /// A failed flow job of <see cref="ShopifyOrdersFlow"/> about 26 hours old, with export, lookup and
    /// import child jobs; 4 open errors on the import step (3 retriable) and 1 on the lookup step.
    /// </summary>
    public const string FailedOrdersFlowJob = "5e1a0c9d2b3f4a6e8d7c0f01";

    /// <summary>Flow "NetSuite Fulfillments to Shopify": every run fails; its newest failed job has 130 open errors.</summary>
    public const string FulfillmentsFlow = "5e1a0c9d2b3f4a6e8d7c0102";

    /// <summary>Import step of <see cref="FulfillmentsFlow"/>: "Create Shopify Fulfillments".</summary>
    public const string ShopifyFulfillmentImport = "5e1a0c9d2b3f4a6e8d7c0302";

    /// <summary>A disabled flow (run/retry answer 422 <c>inactive_flow</c>) in "Salesforce - NetSuite".</summary>
    public const string DisabledFlow = "5e1a0c9d2b3f4a6e8d7c0108";

    /// <summary>Integration "Salesforce - NetSuite".</summary>
    public const string SalesforceIntegration = "5e1a0c9d2b3f4a6e8d7c0002";

    /// <summary>Integration "Zendesk Sync" (uses the offline Zendesk connection).</summary>
    public const string ZendeskIntegration = "5e1a0c9d2b3f4a6e8d7c0003";

    /// <summary>The offline connection ("Zendesk"): ping answers 200 with an <c>errors</c> array.</summary>
    public const string OfflineConnection = "5e1a0c9d2b3f4a6e8d7c0404";

    /// <summary>Lookup cache "SKU Map" (2,500 entries, so getData pages).</summary>
    public const string SkuLookupCache = "5e1a0c9d2b3f4a6e8d7c0501";

    /// <summary>
    /// Flow "Currency Rates to NetSuite", in no integration (docs.celigo.com 50721186148379): two
    /// page generators that do not run in parallel, so one run starts a flow job per generator;
    /// every run fails, leaving open errors.
    /// </summary>
    public const string StandaloneFlow = "5e1a0c9d2b3f4a6e8d7c0111";

    /// <summary>The abstract flow "Shopify Store Refunds to NetSuite" of "Shopify - NetSuite": it holds the steps of its two instance flows and never runs.</summary>
    public const string AbstractFlow = "5e1a0c9d2b3f4a6e8d7c0112";

    /// <summary>
    /// Instance flow "Shopify Store Refunds to NetSuite - CA Store" of <see cref="AbstractFlow"/>: sparse
    /// unless read with mergeInstance=true, listed only with includeInstances=true; every run fails.
    /// </summary>
    public const string InstanceFlow = "5e1a0c9d2b3f4a6e8d7c0113";
}
