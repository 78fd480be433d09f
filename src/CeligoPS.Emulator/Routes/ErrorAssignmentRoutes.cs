using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Assigning open errors to a user (celigo-api.md §4.7): <c>PUT …/errors/assign</c> (CLI/AI; PY's POST is
/// wrong) and <c>PUT …/errors/unassign</c>. Both answer 204 — the response body is unknown (§8 q3) and
/// resolve, the sibling bulk action, answers 204. Unknown or resolved error ids are ignored, as resolve does.
/// The <c>access_restricted</c> answer for assigning to someone else with a token is not emulated:
/// the emulator's token is the owner's, who may assign to anyone.
/// </summary>
internal static class ErrorAssignmentRoutes
{
    /// <summary>UI and CLI cap bulk error actions at 1000 ids; more → 422.</summary>
    private const int MaxBatch = 1000;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;

        // B {"errorIds": [...], "email": "<user email>"}; AI adds an optional _userId, accepted instead of email.
        // assignedTo = the user's email; assignedBy = the token user's email (SAMPLE shows both as strings).
        app.MapPut("/v1/flows/{flowId}/{stepId}/errors/assign", async (string flowId, string stepId, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var ids = ErrorIds(body);
            var email = Text(body, "email");
            var userId = Text(body, "_userId");
            if (email is null && userId is null) throw ApiError.InvalidField("email is required: the email of the user to assign the errors to.", "email");
            return s.Locked(() =>
            {
                var errors = ErrorRoutes.StepOf(s, flowId, stepId);
                var assignee = (email is not null ? AccountUsers.FindEmail(s, email) : AccountUsers.EmailOfUserId(s, userId!))
                    ?? throw ApiError.InvalidField($"{email ?? userId} is not a user of this account.", email is not null ? "email" : "_userId");
                foreach (var entry in OpenWithIds(errors, ids))
                {
                    entry.Doc["assignedTo"] = assignee;
                    entry.Doc["assignedBy"] = SeedIds.OwnerEmail;
                }
                return WriteAnswer.Done(emu);
            });
        });

        // B {"errorIds": [...]} (CLI).
        app.MapPut("/v1/flows/{flowId}/{stepId}/errors/unassign", async (string flowId, string stepId, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var ids = ErrorIds(body);
            return s.Locked(() =>
            {
                foreach (var entry in OpenWithIds(ErrorRoutes.StepOf(s, flowId, stepId), ids))
                {
                    entry.Doc.Remove("assignedTo");
                    entry.Doc.Remove("assignedBy");
                }
                return WriteAnswer.Done(emu);
            });
        });
    }

    private static List<string> ErrorIds(JsonObject body) =>
        JsonBody.StringArray(body, "errorIds", MaxBatch) ?? throw ApiError.InvalidField("errorIds is required: an array of errorIds.", "errorIds");

    private static IEnumerable<ErrorEntry> OpenWithIds(StepErrors errors, List<string> ids)
    {
        var wanted = ids.ToHashSet(StringComparer.Ordinal);
        return errors.Open.Items.Where(e => wanted.Contains(e.ErrorId));
    }

    private static string? Text(JsonObject body, string member) => body[member] switch
    {
        null => null,
        JsonValue v when v.TryGetValue(out string? text) && text.Length > 0 => text,
        _ => throw ApiError.InvalidField($"{member} must be a non-empty string.", member),
    };
}
