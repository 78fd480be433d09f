using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Builds job documents with the §5.1 field set, so seeded jobs and jobs created by runs/retries
/// look the same. Fields that only exist once something happened (<c>startedAt</c>, <c>endedAt</c>,
/// <c>canceledBy</c>) are added by <see cref="Start"/>, <see cref="Finish"/> and the clock.
/// </summary>
internal static class JobFactory
{
    /// <summary>Jobs and their files are purged 30 days after creation (celigo-api.md §5.1).</summary>
    public static readonly TimeSpan Retention = TimeSpan.FromDays(30);

    public static JsonObject Flow(string id, JsonObject flow, string pageGeneratorExportId, DateTime createdAt)
    {
        var job = Base(id, "flow", createdAt);
        if ((string?)flow["_integrationId"] is { } integrationId) job["_integrationId"] = integrationId;
        job["_flowId"] = (string)flow["_id"]!;
        job["_exportId"] = pageGeneratorExportId;
        Counters(job);
        job["doneExporting"] = false;
        job["files"] = new JsonArray();
        return job;
    }

    /// <summary>Child export/lookup/import job: carries <c>_flowJobId</c> (+ <c>_parentJobId</c>) but no <c>_flowId</c> (GC data).</summary>
    public static JsonObject Child(string id, FlowStep step, string flowJobId, DateTime createdAt)
    {
        var job = Base(id, step.IsImport ? "import" : "export", createdAt);
        job[step.IsImport ? "_importId" : "_exportId"] = step.Id;
        job["_flowJobId"] = flowJobId;
        job["_parentJobId"] = flowJobId;
        Counters(job);
        job["oIndex"] = step.OIndex;
        if (step.IsImport) job["retriable"] = true;
        job["files"] = new JsonArray();
        return job;
    }

    public static JsonObject Retry(string id, JsonObject flow, FlowStep step, string? flowJobId, DateTime createdAt)
    {
        var job = Base(id, "retry", createdAt);
        if ((string?)flow["_integrationId"] is { } integrationId) job["_integrationId"] = integrationId;
        job["_flowId"] = (string)flow["_id"]!;
        job[step.IsImport ? "_importId" : "_exportId"] = step.Id;
        if (flowJobId is not null)
        {
            job["_flowJobId"] = flowJobId;
            job["_parentJobId"] = flowJobId;
        }
        Counters(job);
        return job;
    }

    public static void Start(JsonObject job, DateTime at)
    {
        job["status"] = JobStatus.Running;
        job["startedAt"] = Dates.Iso(at);
        job["lastExecutedAt"] = Dates.Iso(at);
        job["lastModified"] = Dates.Iso(at);
    }

    public static void Finish(JsonObject job, string status, DateTime at, int success = 0, int error = 0, int ignore = 0, int pages = 0)
    {
        job["status"] = status;
        if (job["startedAt"] is null) job["startedAt"] = Dates.Iso(at);
        job["endedAt"] = Dates.Iso(at);
        job["lastExecutedAt"] = Dates.Iso(at);
        job["lastModified"] = Dates.Iso(at);
        job["numSuccess"] = success;
        job["numError"] = error;
        job["numIgnore"] = ignore;
        job["numOpenError"] = error;
        job["numPagesProcessed"] = pages;
        if (job["doneExporting"] is not null) job["doneExporting"] = true;
    }

    /// <summary>A file produced by the run (<c>{id, host:"s3", name}</c>).</summary>
    public static JsonObject File(string key, string name) => new() { ["id"] = key, ["host"] = "s3", ["name"] = name };

    private static JsonObject Base(string id, string type, DateTime createdAt) => new()
    {
        ["_id"] = id,
        ["type"] = type,
        ["status"] = JobStatus.Queued,
        ["createdAt"] = Dates.Iso(createdAt),
        ["lastModified"] = Dates.Iso(createdAt),
        ["purgeAt"] = Dates.Iso(createdAt + Retention),
    };

    private static void Counters(JsonObject job)
    {
        job["numSuccess"] = 0;
        job["numError"] = 0;
        job["numIgnore"] = 0;
        job["numResolved"] = 0;
        job["numOpenError"] = 0;
        job["numExport"] = 0;
        job["numPagesGenerated"] = 0;
        job["numPagesProcessed"] = 0;
    }
}
