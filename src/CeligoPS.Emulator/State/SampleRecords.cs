using System.Globalization;
using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Plausible source records for retry data, keyed by the kind of data a flow moves. Each record
/// also yields the trace key the error shows (order number, ticket id, ...).
/// </summary>
internal static class SampleRecords
{
    private static readonly string[] Skus = ["SKU-1001", "SKU-1002", "SKU-2040", "KIT-330", "SKU-7781", "SKU-9001"];
    private static readonly string[] FirstNames = ["Ada", "Grace", "Linus", "Margaret", "Alan", "Katherine", "Dennis", "Barbara"];
    private static readonly string[] LastNames = ["Lovelace", "Hopper", "Torvalds", "Hamilton", "Turing", "Johnson", "Ritchie", "Liskov"];

    public static (JsonObject Record, string TraceKey) Make(string kind, Random rng, int n)
    {
        var first = FirstNames[rng.Next(FirstNames.Length)];
        var last = LastNames[rng.Next(LastNames.Length)];
        var email = $"{first}.{last}{n}@example.com".ToLowerInvariant();
        switch (kind)
        {
            case "shopify-order":
            {
                var number = 1000 + n;
                return (new JsonObject
                {
                    ["id"] = 5_600_000_000_000L + n,
                    ["name"] = $"#{number}",
                    ["email"] = email,
                    ["created_at"] = "2026-01-15T09:30:00-05:00",
                    ["currency"] = "USD",
                    ["total_price"] = (rng.Next(1500, 90000) / 100m).ToString("0.00", CultureInfo.InvariantCulture),
                    ["customer"] = new JsonObject { ["first_name"] = first, ["last_name"] = last, ["email"] = email },
                    ["line_items"] = LineItems(rng, "quantity", "sku"),
                }, $"#{number}");
            }
            case "netsuite-fulfillment":
            {
                var tran = $"IF{20000 + n}";
                return (new JsonObject
                {
                    ["internalId"] = (88000 + n).ToString(),
                    ["tranId"] = tran,
                    ["createdFrom"] = $"SO{10000 + n}",
                    ["shopifyOrderId"] = (5_600_000_000_000L + n).ToString(),
                    ["trackingNumbers"] = $"1Z999AA1{rng.Next(10000000, 99999999)}",
                    ["items"] = LineItems(rng, "quantity", "item"),
                }, tran);
            }
            case "netsuite-inventory":
            {
                var sku = Skus[rng.Next(Skus.Length)] + "-" + n;
                return (new JsonObject { ["itemId"] = sku, ["internalId"] = (4000 + n).ToString(), ["locationQuantityAvailable"] = rng.Next(0, 500), ["location"] = "Main Warehouse" }, sku);
            }
            case "shopify-product":
            {
                var id = 7_100_000_000L + n;
                return (new JsonObject { ["id"] = id, ["title"] = $"Product {n}", ["product_type"] = n % 3 == 0 ? "Kit" : "Inventory", ["variants"] = new JsonArray(new JsonObject { ["sku"] = Skus[rng.Next(Skus.Length)], ["price"] = "19.99" }) }, id.ToString());
            }
            case "salesforce-account":
            case "salesforce-contact":
            case "salesforce-opportunity":
            {
                var sfId = $"0015e0000{rng.Next(100000, 999999)}AbC";
                var record = new JsonObject { ["Id"] = sfId, ["attributes"] = new JsonObject { ["type"] = kind == "salesforce-account" ? "Account" : kind == "salesforce-contact" ? "Contact" : "Opportunity" } };
                if (kind == "salesforce-account") { record["Name"] = $"{last} Industries"; record["BillingCountry"] = "US"; }
                else if (kind == "salesforce-contact") { record["FirstName"] = first; record["LastName"] = last; record["Email"] = email; }
                else { record["Name"] = $"{last} renewal {n}"; record["Amount"] = rng.Next(1000, 50000); record["StageName"] = "Closed Won"; }
                return (record, sfId);
            }
            case "netsuite-invoice":
            {
                var tran = $"INV{30000 + n}";
                return (new JsonObject { ["internalId"] = (99000 + n).ToString(), ["tranId"] = tran, ["entity"] = $"{first} {last}", ["total"] = rng.Next(100, 9000), ["salesforceOpportunityId"] = $"0065e0000{rng.Next(100000, 999999)}XyZ" }, tran);
            }
            case "zendesk-ticket":
            case "zendesk-rating":
            {
                var id = 41000 + n;
                return (new JsonObject { ["id"] = id, ["subject"] = $"Order {1000 + n} arrived damaged", ["status"] = "open", ["priority"] = "normal", ["requester"] = new JsonObject { ["name"] = $"{first} {last}", ["email"] = email } }, id.ToString());
            }
            case "zendesk-user":
            {
                var id = 380_000_000L + n;
                return (new JsonObject { ["id"] = id, ["name"] = $"{first} {last}", ["email"] = email, ["role"] = "end-user" }, id.ToString());
            }
            default: // warehouse file rows and anything else
            {
                var sku = Skus[rng.Next(Skus.Length)];
                return (new JsonObject { ["sku"] = sku, ["qty"] = rng.Next(1, 40), ["warehouse"] = "WH-EAST", ["line"] = n }, $"{sku}-{n}");
            }
        }
    }

    private static JsonArray LineItems(Random rng, string quantityField, string skuField)
    {
        var items = new JsonArray();
        var count = rng.Next(1, 4);
        for (var i = 0; i < count; i++)
            items.Add(new JsonObject { [skuField] = Skus[rng.Next(Skus.Length)], [quantityField] = rng.Next(1, 6), ["price"] = (rng.Next(500, 9000) / 100m).ToString("0.00", CultureInfo.InvariantCulture) });
        return items;
    }
}
