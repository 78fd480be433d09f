using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// A job's diagnostics bundle and files (celigo-api.md §4.6; UI, CLI, AI), served by signed URLs on the
/// file host (<see cref="FileRoutes"/>).
/// <list type="bullet">
/// <item><c>GET /v1/jobs/{id}/diagnostics</c> → <c>{"signedURL"}</c> of a zip.</item>
/// <item><c>POST /v1/jobs/{id}/files/signedURL</c> with <c>{}</c> → <c>{"signedURL"}</c> of all the files in a zip;
/// with <c>{"fileIds": [...]}</c> → <c>{"signedURLs": [...]}</c>, one per file, in that order. 204 when the job
/// has no files (as while a canceled run's children are still canceling).</item>
/// <item><c>DELETE /v1/jobs/{id}/files</c> → 204, the files gone.</item>
/// </list>
/// </summary>
internal static class JobFileRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapGet("/v1/jobs/{id}/diagnostics", (string id, HttpContext http) => s.Locked(() =>
            FileRoutes.SignedUrl(http, $"diagnostics/{s.Jobs.Get(id).Id}.zip")));

        app.MapPost("/v1/jobs/{id}/files/signedURL", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: false);
            if (body is not null and not JsonObject) throw ApiError.InvalidField("The request body must be a JSON object.");
            var fileIds = JsonBody.StringArray(body as JsonObject, "fileIds", 1000);
            return s.Locked(() =>
            {
                var job = s.Jobs.Get(id);
                var files = JobFiles.Of(job);
                if (files.Count == 0) return ApiResponse.NoContent();
                if (fileIds is null) return FileRoutes.SignedUrl(http, $"jobs/{job.Id}/all.zip");
                var urls = new JsonArray();
                foreach (var fileId in fileIds)
                {
                    if (!files.Any(f => (string?)f["id"] == fileId))
                        throw ApiError.InvalidField($"Job {job.Id} has no file {fileId}.", "fileIds");
                    urls.Add(FileRoutes.UrlOf(http, $"jobs/{job.Id}/{fileId}"));
                }
                return ApiResponse.Json(new JsonObject { ["signedURLs"] = urls });
            });
        });

        app.MapDelete("/v1/jobs/{id}/files", (string id) => s.Locked(() =>
        {
            JobFiles.Purge(s.Jobs.Get(id));
            return ApiResponse.NoContent();
        }));
    }
}
