using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Integration revisions (celigo-api.md §4.1; CLI, UI), see <see cref="Revisions"/>: <c>GET
/// /v1/integrations/{id}/revisions</c> (newest first, 204 when none), <c>GET …/revisions/{revId}</c>,
/// <c>POST …/revisions/create</c> B <c>{description}</c> → 201 with the snapshot, and <c>GET
/// …/revisions/{revId}/diff</c>, for pending revisions only (else 422 <c>invalid_revision_state</c>).
/// </summary>
internal static class RevisionRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapGet("/v1/integrations/{id}/revisions", (string id) => s.Locked(() =>
        {
            s.Integrations.Get(id);
            var revisions = Revisions.Of(s, id);
            return revisions.Count == 0 ? ApiResponse.NoContent() : ApiResponse.Array(revisions);
        }));

        app.MapGet("/v1/integrations/{id}/revisions/{revisionId}", (string id, string revisionId) => s.Locked(() =>
            ApiResponse.Json(RevisionOf(s, id, revisionId).Doc)));

        app.MapPost("/v1/integrations/{id}/revisions/create", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var description = body["description"] is JsonValue v && v.TryGetValue(out string? text) && text.Trim().Length > 0 ? text
                : throw ApiError.InvalidField("description is required: what the snapshot is for.", "description");
            return s.Locked(() =>
            {
                s.Integrations.Get(id);
                emu.Counters.DocumentCreated("revisions");
                return ApiResponse.Json(Revisions.Snapshot(s, id, description), 201);
            });
        });

        app.MapGet("/v1/integrations/{id}/revisions/{revisionId}/diff", (string id, string revisionId) => s.Locked(() =>
        {
            var revision = RevisionOf(s, id, revisionId);
            if ((string?)revision.Doc["status"] != "pending")
                throw new ApiError(422, "invalid_revision_state", $"Revision {revisionId} is {(string?)revision.Doc["status"]}; only a pending revision has a diff.", "status");
            return ApiResponse.Json(Revisions.Diff(s, revisionId));
        }));
    }

    private static StoredRevision RevisionOf(AccountState s, string integrationId, string revisionId)
    {
        s.Integrations.Get(integrationId);
        return s.RevisionDocs.TryGetValue(revisionId, out var revision) && (string?)revision.Doc["_integrationId"] == integrationId
            ? revision
            : throw ApiError.NotFound("Revision", revisionId);
    }
}
