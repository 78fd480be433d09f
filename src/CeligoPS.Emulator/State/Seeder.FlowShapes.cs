using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>The flows that are shaped unlike the rest: one in no integration, and a multi-instance flow.</summary>
internal sealed partial class Seeder
{
    /// <summary>
    /// Standalone flows exist (docs.celigo.com 50721186148379; celigo-api.md §9 #3). This one reads two
    /// rate files one after the other (runPageGeneratorsInParallel false: a run starts a flow job per
    /// generator, §6) and fails, so account-wide reports must count its errors.
    /// </summary>
    private void StandaloneFlow(JsonObject sftp, JsonObject netsuite)
    {
        var bankRates = Export(null, "Read Bank Rate Files", sftp, "FTPExport", null, "rate-row",
            ("ftp", new JsonObject { ["directoryPath"] = "/inbound/rates/bank", ["fileNameStartsWith"] = "rates_" }),
            ("file", new JsonObject { ["type"] = "csv", ["csv"] = new JsonObject { ["columnDelimiter"] = ",", ["hasHeaderRow"] = true } }));
        var treasuryRates = Export(null, "Read Treasury Rate Files", sftp, "FTPExport", null, "rate-row",
            ("ftp", new JsonObject { ["directoryPath"] = "/inbound/rates/treasury", ["fileNameStartsWith"] = "treasury_" }),
            ("file", new JsonObject { ["type"] = "csv", ["csv"] = new JsonObject { ["columnDelimiter"] = ",", ["hasHeaderRow"] = true } }));
        var ratesImport = Import(null, "Update NetSuite Currency Rates", netsuite, "NetSuiteDistributedImport",
            ("netsuite_da", new JsonObject { ["operation"] = "add", ["recordType"] = "currencyrate" }));
        Flow(SeedIds.StandaloneFlow, "Currency Rates to NetSuite", null, null, "? 0 5 ? * *", [bankRates, treasuryRates],
            Processors(("import", ratesImport, false)), everyHours: 24, failing: true);
    }

    /// <summary>
    /// A multi-instance flow (celigo-api.md §9 #2): the abstract flow holds the steps and never runs;
    /// each store has an instance with its own name, schedule override and job history.
    /// </summary>
    private void MultiInstanceFlow(JsonObject shopifyNs, JsonObject shopify, JsonObject netsuite)
    {
        var grouping = Groupings(shopifyNs)[0];
        var refundsExport = Export(null, "Get Shopify Refunds", shopify, "HTTPExport", "delta", "shopify-refund",
            ("http", new JsonObject { ["relativeURI"] = "/orders.json?status=any&financial_status=refunded", ["method"] = "GET", ["response"] = new JsonObject { ["resourcePath"] = "orders" } }));
        var creditImport = Import(null, "Create NetSuite Credit Memos", netsuite, "NetSuiteDistributedImport",
            ("netsuite_da", new JsonObject { ["operation"] = "add", ["recordType"] = "creditmemo" }));
        var abstractFlow = Flow(SeedIds.AbstractFlow, "Shopify Store Refunds to NetSuite", shopifyNs, grouping, "? 0 */4 ? * *", [refundsExport],
            Processors(("import", creditImport, false)), everyHours: 0);
        abstractFlow["isAbstract"] = true;
        abstractFlow["numInstances"] = 2;

        foreach (var (fixedId, store, schedule, failing) in new[] { ((string?)null, "US Store", "? 0 */4 ? * *", false), (SeedIds.InstanceFlow, "CA Store", "? 30 */4 ? * *", true) })
        {
            var (created, modified) = Stamps();
            var own = new JsonObject
            {
                ["_id"] = Id(fixedId),
                ["name"] = $"Shopify Store Refunds to NetSuite - {store}{Suffix}",
                ["_integrationId"] = (string)shopifyNs["_id"]!,
                ["_flowGroupingId"] = grouping,
                ["disabled"] = false,
                ["createdAt"] = created,
                ["lastModified"] = modified,
            };
            var instance = FlowInstances.Instantiate(abstractFlow, own, new JsonObject { ["schedule"] = schedule });
            _s.Flows.Add(instance);
            Runs(instance, everyHours: 4, failing: failing);
        }
    }
}
