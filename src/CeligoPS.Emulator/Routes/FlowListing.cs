using System.Text.Json.Nodes;
using CeligoPS.Emulator.Http;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator.Routes;

/// <summary>
/// Which flows <c>GET /v1/flows</c> and <c>GET /v1/integrations/{id}/flows</c> list (celigo-api.md §4.2,
/// §9 #2, #11). Instance flows are left out unless the query says <c>includeInstances=true</c>, or
/// names their abstract flow in <c>_abstractFlowId</c> (account list only); they are listed sparse.
/// A filter no source confirms (PY's <c>_integrationId</c>, <c>disabled</c>, <c>page</c>, <c>pageSize</c>)
/// is refused with 400 rather than ignored: what the real API does with it is unknown, and a client
/// that relied on it would act on flows it did not select.
/// </summary>
internal static class FlowListing
{
    private static readonly string[] Paging = ["limit", "after", "include", "exclude"];
    private static readonly string[] AccountFilters = [.. Paging, "includeInstances", "_abstractFlowId"];
    private static readonly string[] IntegrationFilters = [.. Paging, "includeInstances"];

    public static ApiResponse Page(HttpContext http, IEnumerable<JsonObject> flows, bool accountWide)
    {
        var request = http.Request;
        var allowed = accountWide ? AccountFilters : IntegrationFilters;
        foreach (var key in request.Query.Keys)
            if (!allowed.Contains(key))
                throw new ApiError(400, "invalid_query_params",
                    $"{key} is not a filter of this list; it takes {string.Join(", ", allowed)}." +
                    (key == "_integrationId" ? " List an integration's flows with GET /v1/integrations/{id}/flows." : ""), key);
        var includeInstances = QueryReader.One(request, "includeInstances") switch
        {
            null or "false" => false,
            "true" => true,
            var other => throw ApiError.InvalidQuery($"includeInstances must be true or false, not '{other}'.", "includeInstances"),
        };
        if (QueryReader.One(request, "_abstractFlowId") is { } abstractId)
            flows = flows.Where(f => (string?)f["_abstractFlowId"] == abstractId);
        else if (!includeInstances)
            flows = flows.Where(f => !FlowInstances.IsInstance(f));
        return LinkPaging.Page(http, flows, view: f => FlowInstances.View(f, merged: false));
    }
}
