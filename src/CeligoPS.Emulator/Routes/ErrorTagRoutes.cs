using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// <c>PUT /v1/flows/{flowId}/{stepId}/tags</c> (celigo-api.md §4.7): sets the tags of errors to exactly
/// the given <c>tagIds</c> — the short <c>tagId</c> codes (e.g. "F3ZBQ"), not tag <c>_id</c>s; an empty
/// list removes them. The body is disputed (§7, §9); the emulator takes one shape, chosen by
/// <see cref="EmulatorOptions.ErrorTagsByRetryDataKey"/>: AI <c>{"errorIds": [...], "tagIds": [...]}</c>
/// (the default) or CLI <c>{"errors": [{"id": "&lt;errorId&gt;", "rdk": "&lt;retryDataKey&gt;"}], "tagIds": [...]}</c>,
/// and refuses the other with 422 (PY's POST …/errors/tags is not served).
/// Answers 204 (response unknown, §8 q3). Open and resolved errors can be tagged; unknown ids are ignored.
/// </summary>
internal static class ErrorTagRoutes
{
    private const int MaxBatch = 1000;

    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        app.MapPut("/v1/flows/{flowId}/{stepId}/tags", async (string flowId, string stepId, HttpContext http) =>
        {
            var body = await JsonBody.ReadObjectAsync(http);
            var targets = Targets(body, emu.Options.ErrorTagsByRetryDataKey);
            var tagIds = JsonBody.StringArray(body, "tagIds", MaxBatch) ?? throw ApiError.InvalidField("tagIds is required: an array of tag codes ([] removes the tags).", "tagIds");
            tagIds = tagIds.Distinct(StringComparer.Ordinal).ToList();
            return s.Locked(() =>
            {
                var errors = ErrorRoutes.StepOf(s, flowId, stepId);
                var known = s.Tags.All.Select(t => t["tagId"] is JsonValue v && v.TryGetValue(out string? code) ? code : null)
                    .OfType<string>().ToHashSet(StringComparer.Ordinal);
                var unknown = tagIds.Where(t => !known.Contains(t)).ToList();
                if (unknown.Count > 0)
                    throw new ApiError(422, "invalid_ref", $"Unknown tagIds {string.Join(", ", unknown)} (use a tag's tagId code, not its _id).", "tagIds");

                foreach (var (errorId, retryDataKey) in targets)
                {
                    var entry = errorId is not null
                        ? errors.Find(errorId)
                        : errors.Open.Items.Concat(errors.Resolved.Items).FirstOrDefault(e => e.RetryDataKey == retryDataKey);
                    if (entry is not null) entry.Doc["tags"] = new JsonArray(tagIds.Select(t => (JsonNode?)t).ToArray());
                }
                return WriteAnswer.Done(emu);
            });
        });
    }

    /// <summary>(errorId, retryDataKey) pairs from either body shape; an entry with no id is found by its rdk.</summary>
    private static List<(string? ErrorId, string? RetryDataKey)> Targets(JsonObject body, bool byRetryDataKey)
    {
        if (!byRetryDataKey)
        {
            return (JsonBody.StringArray(body, "errorIds", MaxBatch) ?? throw ApiError.InvalidField("errorIds is required: an array of errorIds.", "errorIds"))
                .Select(id => ((string?)id, (string?)null)).ToList();
        }
        if (body["errors"] is not JsonArray errors)
            throw ApiError.InvalidField("errors ([{id, rdk}]) is required.", "errors");
        if (errors.Count > MaxBatch) throw ApiError.InvalidField($"errors cannot contain more than {MaxBatch} entries (got {errors.Count}).", "errors");
        var targets = new List<(string?, string?)>(errors.Count);
        foreach (var item in errors)
        {
            if (item is not JsonObject o) throw ApiError.InvalidField("Each entry of errors must be an object {id, rdk}.", "errors");
            var id = Scalar(o["id"]);
            var rdk = Scalar(o["rdk"]);
            if (id is null && rdk is null) throw ApiError.InvalidField("Each entry of errors needs an id (errorId) or an rdk (retryDataKey).", "errors");
            targets.Add((id, rdk));
        }
        return targets;
    }

    /// <summary>errorIds are strings in DOCS and numbers in SAMPLE (§5.3); both are read as text.</summary>
    private static string? Scalar(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue(out string? text) && text.Length > 0 => text,
        JsonValue v when v.TryGetValue(out long number) => number.ToString(),
        _ => null,
    };
}
