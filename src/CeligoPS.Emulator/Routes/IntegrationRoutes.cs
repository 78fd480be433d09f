using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>Integrations and their sub-resources (celigo-api.md §4.1).</summary>
internal static class IntegrationRoutes
{
    public static void Map(WebApplication app, EmulatorContext emu)
    {
        var s = emu.State;
        ResourceRoutes.MapListAndGet(app, s, s.Integrations);

        app.MapGet("/v1/integrations/{id}/flows", (string id, HttpContext http) => s.Locked(() =>
        {
            s.Integrations.Get(id);
            return FlowListing.Page(http, Scope.FlowsOf(s, id), accountWide: false);
        }));

        // Registered connections (_registeredConnectionIds), secrets masked like GET /v1/connections.
        app.MapGet("/v1/integrations/{id}/connections", (string id, HttpContext http) => s.Locked(() =>
        {
            var ids = ((JsonArray?)s.Integrations.Get(id)["_registeredConnectionIds"] ?? []).Select(n => (string?)n).ToHashSet();
            return LinkPaging.Page(http, s.Connections.All.Where(c => ids.Contains((string?)c["_id"])), view: ConnectionRoutes.Mask);
        }));

        // Registering connections on an integration (celigo-api.md §4.1; CLI, UI): PUT a JSON array of
        // connection ids to …/connections/register, DELETE …/connections/{connectionId}/register. The
        // answers are not documented: 204 here.
        app.MapPut("/v1/integrations/{id}/connections/register", async (string id, HttpContext http) =>
        {
            var body = await JsonBody.ReadAsync(http, required: true);
            if (body is not JsonArray array || array.Any(n => n is not JsonValue v || !v.TryGetValue(out string? _)))
                throw ApiError.InvalidField("The body must be a JSON array of connection ids.");
            return s.Locked(() =>
            {
                var integration = s.Integrations.Get(id);
                var registered = (JsonArray)(integration["_registeredConnectionIds"] ??= new JsonArray());
                foreach (var connectionId in array.Select(n => (string)n!))
                {
                    if (s.Connections.Find(connectionId) is null)
                        throw new ApiError(422, "invalid_ref", $"Connection {connectionId} does not exist.", "_connectionId");
                    if (!registered.Any(r => (string?)r == connectionId)) registered.Add(connectionId);
                }
                integration["lastModified"] = Dates.Iso(s.Now());
                return ApiResponse.NoContent();
            });
        });

        app.MapDelete("/v1/integrations/{id}/connections/{connectionId}/register", (string id, string connectionId) => s.Locked(() =>
        {
            var integration = s.Integrations.Get(id);
            if (integration["_registeredConnectionIds"] is JsonArray registered)
                foreach (var node in registered.Where(r => (string?)r == connectionId).ToList()) registered.Remove(node);
            integration["lastModified"] = Dates.Iso(s.Now());
            return ApiResponse.NoContent();
        }));

        app.MapGet("/v1/integrations/{id}/exports", (string id, HttpContext http) => s.Locked(() =>
        {
            s.Integrations.Get(id);
            var (exports, _) = Scope.StepsOf(s, Scope.FlowsOf(s, id));
            return LinkPaging.Page(http, exports.OrderBy(d => (string)d["_id"]!, StringComparer.Ordinal));
        }));

        app.MapGet("/v1/integrations/{id}/imports", (string id, HttpContext http) => s.Locked(() =>
        {
            s.Integrations.Get(id);
            var (_, imports) = Scope.StepsOf(s, Scope.FlowsOf(s, id));
            return LinkPaging.Page(http, imports.OrderBy(d => (string)d["_id"]!, StringComparer.Ordinal));
        }));

        // Users with access to the integration: account-level users plus those granted this integration.
        app.MapGet("/v1/integrations/{id}/ashares", (string id, HttpContext http) => s.Locked(() =>
        {
            s.Integrations.Get(id);
            return LinkPaging.Page(http, s.Ashares.All.Where(a =>
                a["accessLevel"] is not null ||
                (a["integrationAccessLevel"] as JsonArray ?? []).Any(l => (string?)l?["_integrationId"] == id)));
        }));

        app.MapGet("/v1/integrations/{id}/dependencies", (string id) => s.Locked(() =>
            ApiResponse.Json(Dependencies.OfIntegration(s, s.Integrations.Get(id)))));

        app.MapGet("/v1/integrations/{id}/audit", (string id, HttpContext http) => s.Locked(() =>
            AuditRoutes.Page(http, s, Scope.ResourceIdsOfIntegration(s, s.Integrations.Get(id)), emu.Options.AuditSingleFieldChange)));

        app.MapGet("/v1/integrations/{id}/template", (string id, HttpContext http) => s.Locked(() =>
        {
            var integration = s.Integrations.Get(id);
            if (integration["_connectorId"] is not null || (string?)integration["mode"] == "install")
                throw ApiError.InvalidField("Templates cannot be downloaded for integration app installs.", "_connectorId");
            return FileRoutes.SignedUrl(http, id + ".zip");
        }));

        // Latest flow job(s) of every flow in the integration; the shape is unknown (celigo-api.md §8 q8), an array like /flows/{id}/jobs/latest.
        app.MapGet("/v1/integrations/{id}/jobs/latest", (string id) => s.Locked(() =>
        {
            s.Integrations.Get(id);
            var jobs = Scope.FlowsOf(s, id).SelectMany(f => Scope.LatestJobs(s, f)).OrderByDescending(j => j.CreatedAt).Select(j => j.Doc).ToList();
            return jobs.Count == 0 ? ApiResponse.NoContent() : ApiResponse.Array(jobs);
        }));
    }
}
