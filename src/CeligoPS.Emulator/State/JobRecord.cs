using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// A job document plus the fields the store indexes on. <see cref="CreatedAt"/> never changes;
/// everything else is read from <see cref="Doc"/>, which is what clients see.
/// </summary>
internal sealed class JobRecord(JsonObject doc, DateTime createdAt)
{
    public JsonObject Doc { get; } = doc;
    public string Id { get; } = (string)doc["_id"]!;
    public DateTime CreatedAt { get; } = createdAt;
    public string Type => (string)Doc["type"]!;
    public string Status => (string)Doc["status"]!;
    public string? FlowJobId => (string?)Doc["_flowJobId"];

    public bool IsTerminal => Status is JobStatus.Completed or JobStatus.Failed or JobStatus.Canceled;

    public string? Str(string field) => Doc[field] is JsonValue v && v.TryGetValue(out string? s) ? s : null;

    public int Int(string field) => Doc[field] is JsonValue v && v.TryGetValue(out int n) ? n : 0;
}

/// <summary>Job status values (celigo-api.md §5.1; <c>canceled</c> with one "l").</summary>
internal static class JobStatus
{
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Canceled = "canceled";
    public const string Retrying = "retrying";
    public const string Canceling = "canceling";

    public static readonly string[] All = [Queued, Running, Completed, Failed, Canceled, Retrying, Canceling];
}
