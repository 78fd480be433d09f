using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Creates flow-step error records (celigo-api.md §5.3) with messages typical of the step's adaptor
/// (<c>{n}</c> in a template becomes the failed record's number, so one problem gives many messages),
/// files them as open errors of the step and stores their retry data. Used by the seeder, failed
/// runs and <see cref="AccountState.AddOpenError"/>. Callers hold the state lock.
/// </summary>
internal static class ErrorFactory
{
    private sealed record Template(string Source, string Code, string Message, string Classification, bool Retriable = true);

    private static readonly Template[] NetSuiteImport =
    [
        new("application", "USER_ERROR", "Please enter value(s) for: Department, Class", "missing"),
        new("application", "INVALID_KEY_OR_REF", "Invalid item reference key {n} for subsidiary 3.", "value"),
        new("application", "RCRD_HAS_BEEN_CHANGED", "Record has been changed", "intermittent"),
        new("pre_map_hook", "script_error", "TypeError: Cannot read properties of undefined (reading 'sku')", "parse", Retriable: false),
    ];

    private static readonly Template[] HttpImport =
    [
        new("application", "422", "{\"errors\":{\"base\":[\"Line item {n} is already fulfilled\"]}}", "duplicate"),
        new("connection", "429", "Exceeded 2 calls per second for api client. Reduce request rates to resume uninterrupted service.", "intermittent"),
        new("application", "404", "{\"errors\":\"Not Found\"}", "missing"),
        new("mapping", "map_error", "Mapping failed: field 'line_items[0].quantity' must be a number", "value", Retriable: false),
    ];

    private static readonly Template[] SalesforceImport =
    [
        new("application", "REQUIRED_FIELD_MISSING", "Required fields are missing: [LastName]", "missing"),
        new("application", "DUPLICATE_VALUE", "duplicate value found: External_Id__c duplicates value on record with id: 0015e00000{n}AbC", "duplicate"),
        new("application", "UNABLE_TO_LOCK_ROW", "unable to obtain exclusive access to this record", "intermittent"),
        new("output_filter", "filter_error", "Output filter expression could not be evaluated", "parse", Retriable: false),
    ];

    private static readonly Template[] LookupStep =
    [
        new("lookup", "lookup_failed", "No matching record found for lookup on email customer{n}@example.com", "missing"),
        new("connection", "ETIMEDOUT", "connect ETIMEDOUT 151.101.1.140:443", "connection"),
    ];

    private static readonly Template[] ExportStep =
    [
        new("connection", "ETIMEDOUT", "connect ETIMEDOUT 23.227.38.65:443", "connection", Retriable: false),
        new("application", "401", "{\"error\":\"Couldn't authenticate you\"}", "connection", Retriable: false),
        new("transformation", "transform_error", "Transformation failed: unexpected token in JSON at position {n}", "parse"),
    ];

    /// <summary>
    /// Creates one open error on <paramref name="step"/> of <paramref name="flow"/>.
    /// <paramref name="retriable"/> null = decided by the message template (some are never retriable).
    /// </summary>
    public static ErrorEntry AddOpen(AccountState state, JsonObject flow, FlowStep step, string? flowJobId, DateTime occurredAt, bool? retriable, int variant)
    {
        var rng = state.Ids.Random;
        var templates = TemplatesFor(state, step);
        var template = templates[Math.Abs(variant) % templates.Length];
        if (retriable == true && !template.Retriable) template = templates.FirstOrDefault(t => t.Retriable) ?? template;
        if (retriable == false && template.Retriable) template = template with { Retriable = false };

        var recordNumber = rng.Next(1, 99999);
        var (record, traceKey) = SampleRecords.Make(state.RecordKindOf(flow), rng, recordNumber);
        var errorId = state.Ids.NextErrorId();
        var doc = new JsonObject
        {
            ["errorId"] = errorId,
            ["occurredAt"] = Dates.Iso(occurredAt),
            ["source"] = template.Source,
            ["code"] = template.Code,
            // Real messages name the record they failed on: the same problem reads differently each time.
            ["message"] = template.Message.Replace("{n}", recordNumber.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ["traceKey"] = traceKey,
            // DOCS' sample shows oIndex as a string ("1"); SAMPLE a number. Official (string) chosen.
            ["oIndex"] = step.OIndex.ToString(),
        };
        string? retryDataKey = null;
        if (template.Retriable)
        {
            retryDataKey = state.Ids.NextKey();
            doc["retryDataKey"] = retryDataKey;
        }
        doc["reqAndResKey"] = $"{Dates.EpochMs(occurredAt)}-{state.Ids.NextKey()[..20]}";
        if (flowJobId is not null) doc["_flowJobId"] = flowJobId;
        doc["classification"] = template.Classification;
        doc["classifiedBy"] = "autopilot";
        doc["legacyId"] = $"{(string)flow["_id"]!}_{errorId}";
        // purgeAt: only the SAMPLE record shows it, as epoch milliseconds ~30 days after occurredAt.
        doc["purgeAt"] = Dates.EpochMs(occurredAt + JobFactory.Retention);
        doc["tags"] = new JsonArray();
        if (step.IsImport) doc["importDataURI"] = $"https://s3.amazonaws.com/io.errors/{errorId}/import.json";
        else doc["exportDataURI"] = $"https://s3.amazonaws.com/io.errors/{errorId}/export.json";

        var entry = new ErrorEntry(doc, occurredAt);
        var errors = state.ErrorsOf((string)flow["_id"]!, step.Id);
        errors.Open.Add(entry);
        if (retryDataKey is not null)
        {
            // Retry document: "data" is the record; the other members are what a client must send back untouched.
            errors.RetryData[retryDataKey] = new JsonObject
            {
                ["data"] = record,
                ["traceKey"] = traceKey,
                ["stage"] = step.IsImport ? "import" : step.IsPageGenerator ? "export" : "lookup",
                ["lastModified"] = Dates.Iso(occurredAt),
            };
        }
        return entry;
    }

    private static Template[] TemplatesFor(AccountState state, FlowStep step)
    {
        if (!step.IsImport)
            return step.IsPageGenerator ? ExportStep : LookupStep;
        var adaptor = (string?)state.Imports.Find(step.Id)?["adaptorType"] ?? "";
        return adaptor switch
        {
            _ when adaptor.StartsWith("NetSuite", StringComparison.Ordinal) => NetSuiteImport,
            _ when adaptor.StartsWith("Salesforce", StringComparison.Ordinal) => SalesforceImport,
            _ => HttpImport,
        };
    }
}
