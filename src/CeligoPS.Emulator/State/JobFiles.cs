using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// The files a flow job keeps (its <c>files</c> array: <c>{id, host, name}</c>, celigo-api.md §5.1) and
/// what they hold: the records the run exported, made up from the job so they repeat.
/// </summary>
internal static class JobFiles
{
    public static IReadOnlyList<JsonObject> Of(JobRecord job) => (job.Doc["files"] as JsonArray ?? []).OfType<JsonObject>().ToList();

    public static JsonObject Content(JobRecord job, JsonObject file) => new()
    {
        ["_jobId"] = job.Id,
        ["file"] = (string?)file["name"],
        ["records"] = new JsonArray(Enumerable.Range(1, Math.Max(1, job.Int("numExport"))).Select(i => (JsonNode?)new JsonObject { ["row"] = i }).ToArray()),
    };

    /// <summary>Deletes the job's files: the list empties, and the file host no longer has them.</summary>
    public static int Purge(JobRecord job)
    {
        var files = Of(job).Count;
        job.Doc["files"] = new JsonArray();
        return files;
    }
}
