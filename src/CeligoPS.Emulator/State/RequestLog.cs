using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// The HTTP requests a flow step made (celigo-api.md §4.2 "step request logs", §4.7 "HTTP
/// request/response of an error"). A step's requests are logged only while its export or import has
/// <c>debugUntil</c> in the future; every error carries a <c>reqAndResKey</c> whose request and
/// response can be read whatever the debug setting. Keys start with the epoch milliseconds of the
/// request, so they sort by time. The API documents no shape for these documents; the emulator's:
/// rows <c>{key, time, stage, method, url, statusCode, durationMs}</c>, and for one request the row
/// plus <c>request {method, url, headers, body}</c> and <c>response {statusCode, headers, body}</c>,
/// with the Authorization header masked as the API masks secrets.
/// </summary>
internal static class RequestLog
{
    public static bool IsDebugging(AccountState s, FlowStep step, DateTime at) =>
        Dates.IsAfter((step.IsImport ? s.Imports : s.Exports).Find(step.Id)?["debugUntil"], at);

    /// <summary>Logs the requests one run of the step made (one per page; the last <paramref name="failed"/> of them failed).</summary>
    public static void Record(AccountState s, string flowId, FlowStep step, DateTime at, int pages, int failed)
    {
        if (!IsDebugging(s, step, at)) return;
        var log = LogOf(s, flowId, step.Id);
        for (var page = 0; page < pages; page++)
        {
            var time = at.AddMilliseconds(page * 37);
            var key = $"{Dates.EpochMs(time)}-{s.Ids.NextKey()[..20]}";
            log.Add(Row(s, step, key, time, page >= pages - failed ? 422 : 200, 120 + page * 11));
        }
    }

    /// <summary>The step's logged requests, oldest first.</summary>
    public static IReadOnlyList<JsonObject> Of(AccountState s, string flowId, string stepId) =>
        s.RequestLogs.TryGetValue((flowId, stepId), out var log) ? log : [];

    /// <summary>One request with its response: from the log, or the one behind an error of the step.</summary>
    public static JsonObject? Detail(AccountState s, string flowId, FlowStep step, string key)
    {
        if (Of(s, flowId, step.Id).FirstOrDefault(r => (string?)r["key"] == key) is { } row)
            return WithExchange(s, step, row, (int)row["statusCode"]!, (int)row["statusCode"]! < 400 ? "{\"ok\":true}" : "{\"errors\":[\"Line item is already fulfilled\"]}");
        if (!s.Errors.TryGetValue((flowId, step.Id), out var errors)) return null;
        var error = errors.Open.Items.Concat(errors.Resolved.Items).FirstOrDefault(e => (string?)e.Doc["reqAndResKey"] == key);
        if (error is null) return null;
        var status = int.TryParse((string?)error.Doc["code"], out var code) && code is >= 400 and < 600 ? code : 400;
        return WithExchange(s, step, Row(s, step, key, error.OccurredAt, status, 240), status, (string?)error.Doc["message"] ?? "");
    }

    private static List<JsonObject> LogOf(AccountState s, string flowId, string stepId)
    {
        if (!s.RequestLogs.TryGetValue((flowId, stepId), out var log)) s.RequestLogs[(flowId, stepId)] = log = [];
        return log;
    }

    private static JsonObject Row(AccountState s, FlowStep step, string key, DateTime time, int status, int durationMs)
    {
        var (method, url) = Endpoint(s, step);
        return new JsonObject
        {
            ["key"] = key,
            ["time"] = Dates.EpochMs(time),
            ["stage"] = step.IsImport ? "import" : step.IsPageGenerator ? "export" : "lookup",
            ["method"] = method,
            ["url"] = url,
            ["statusCode"] = status,
            ["durationMs"] = durationMs,
        };
    }

    private static JsonObject WithExchange(AccountState s, FlowStep step, JsonObject row, int status, string responseBody)
    {
        var detail = row.DeepClone().AsObject();
        detail["request"] = new JsonObject
        {
            ["method"] = (string?)row["method"],
            ["url"] = (string?)row["url"],
            ["headers"] = new JsonObject { ["content-type"] = "application/json", ["authorization"] = "********" },
            ["body"] = step.IsImport ? "{\"id\":\"record\"}" : "",
        };
        detail["response"] = new JsonObject
        {
            ["statusCode"] = status,
            ["headers"] = new JsonObject { ["content-type"] = "application/json" },
            ["body"] = responseBody,
        };
        return detail;
    }

    /// <summary>The step's method and URL, from its connection's base URI and the resource's relative URI where it has them.</summary>
    private static (string Method, string Url) Endpoint(AccountState s, FlowStep step)
    {
        var resource = (step.IsImport ? s.Imports : s.Exports).Find(step.Id);
        var connection = (string?)resource?["_connectionId"] is { } id ? s.Connections.Find(id) : null;
        var baseUri = (string?)connection?["http"]?["baseURI"] ?? $"https://{(string?)connection?["type"] ?? "api"}.example.com";
        var http = resource?["http"];
        var relative = http?["relativeURI"] is JsonArray a ? (string?)a.FirstOrDefault() : (string?)http?["relativeURI"];
        var method = http?["method"] is JsonArray m ? (string?)m.FirstOrDefault() : (string?)http?["method"];
        return (method ?? (step.IsImport ? "POST" : "GET"), baseUri + (relative ?? (step.IsImport ? "/records" : "/search")));
    }
}
