using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// <c>POST /v1/flows/{id}/clone</c> and <c>POST /v1/integrations/{id}/clone</c> (celigo-api.md §4.1, §4.2).
/// R 201 with the manifest <c>[{ "model": "Integration"|"Flow"|"Export"|"Import", "_id", "name" }]</c>:
/// §5.8 says the API answers either the new document or such a manifest; the manifest is chosen because
/// it is the only answer that tells a client the ids of the copied steps too (AI clone-response.yml).
/// </summary>
internal static class CloneRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;

        // B: { name?, connectionMap, _integrationId (required), _flowGroupingId? } (CLI; the UI's _stackId,
        // sandbox, tag and newTemplateInstaller and the CLI's envId are accepted and ignored).
        app.MapPost("/v1/flows/{id}/clone", async (string id, HttpContext http) =>
        {
            var body = await OptionalObject(http);
            return s.Locked(() =>
            {
                var flow = s.Flows.Get(id);
                if (body["_integrationId"] is not JsonValue iv || !iv.TryGetValue(out string? integrationId) || integrationId.Length == 0)
                    throw ApiError.InvalidField("_integrationId is required: the integration the clone goes into.", "_integrationId");
                var integration = s.Integrations.Find(integrationId)
                    ?? throw new ApiError(422, "invalid_ref", $"Integration {integrationId} does not exist.", "_integrationId");
                var name = NameOr(body, "Clone - " + (string?)flow["name"]);
                var groupingId = GroupingFor(body, flow, integration);
                var map = Cloner.ParseConnectionMap(body["connectionMap"]);
                Cloner.CheckConnectionMap(s, [flow], map);

                var cloner = new Cloner(emu, map);
                cloner.CloneFlow(flow, integrationId, groupingId, name);
                return ApiResponse.Json(cloner.Manifest, 201);
            });
        });

        MapResourceClone(app, emu, "exports");
        MapResourceClone(app, emu, "imports");

        // B: { name?, connectionMap?, _envId? } (CLI). connectionMap is needed as soon as a flow of the
        // integration uses a connection, as for flows. _envId is ignored: the emulator is one environment.
        app.MapPost("/v1/integrations/{id}/clone", async (string id, HttpContext http) =>
        {
            var body = await OptionalObject(http);
            return s.Locked(() =>
            {
                var integration = s.Integrations.Get(id);
                var name = NameOr(body, "Clone - " + (string?)integration["name"]);
                var map = Cloner.ParseConnectionMap(body["connectionMap"]);
                Cloner.CheckConnectionMap(s, Scope.FlowsOf(s, id), map);

                var cloner = new Cloner(emu, map);
                cloner.CloneIntegration(integration, name);
                return ApiResponse.Json(cloner.Manifest, 201);
            });
        });
    }

    /// <summary>
    /// <c>POST /v1/{exports|imports}/{id}/clone</c> B <c>{name, connectionMap}</c> (OLD path, CLI) → 201 with the
    /// new document; the map is needed when the resource uses a connection, as for flows.
    /// </summary>
    private static void MapResourceClone(WebApplication app, EmulatorContext emu, string collection)
    {
        var s = emu.State;
        app.MapPost($"/v1/{collection}/{{id}}/clone", async (string id, HttpContext http) =>
        {
            var body = await OptionalObject(http);
            return s.Locked(() =>
            {
                var isImport = collection == "imports";
                var source = (isImport ? s.Imports : s.Exports).Get(id);
                var map = Cloner.ParseConnectionMap(body["connectionMap"]);
                Cloner.CheckConnectionMapOf(s, [source], map);
                var created = new Cloner(emu, map).CloneResource(new FlowStep(id, isImport, false, 0), NameOr(body, "Clone - " + (string?)source["name"]));
                return ApiResponse.Json(created, 201);
            });
        });
    }

    private static async Task<JsonObject> OptionalObject(HttpContext http) =>
        await JsonBody.ReadAsync(http, required: false) switch
        {
            null => new JsonObject(),
            JsonObject o => o,
            _ => throw ApiError.InvalidField("The request body must be a JSON object."),
        };

    private static string NameOr(JsonObject body, string fallback)
    {
        if (body["name"] is null) return fallback;
        return body["name"] is JsonValue v && v.TryGetValue(out string? name) && name.Length > 0
            ? name
            : throw ApiError.InvalidField("name must be a non-empty string.", "name");
    }

    /// <summary>
    /// The given <c>_flowGroupingId</c> (must be a grouping of the target integration → else 422 <c>invalid_ref</c>;
    /// null = ungrouped); when absent, the source's grouping if the target integration has it, else none.
    /// </summary>
    private static string? GroupingFor(JsonObject body, JsonObject flow, JsonObject integration)
    {
        var groupings = (integration["flowGroupings"] as JsonArray ?? []).Select(g => g?["_id"] is JsonValue v && v.TryGetValue(out string? gid) ? gid : null)
            .OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (body.ContainsKey("_flowGroupingId"))
        {
            if (body["_flowGroupingId"] is null) return null;
            if (body["_flowGroupingId"] is JsonValue v && v.TryGetValue(out string? given) && groupings.Contains(given)) return given;
            throw new ApiError(422, "invalid_ref", $"Flow grouping {body["_flowGroupingId"]} is not a grouping of integration {(string)integration["_id"]!}.", "_flowGroupingId");
        }
        return flow["_flowGroupingId"] is JsonValue fv && fv.TryGetValue(out string? own) && groupings.Contains(own) ? own : null;
    }
}
