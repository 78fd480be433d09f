using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.Http;

/// <summary>
/// Paging style 1 (celigo-api.md §2): a JSON array page plus <c>Link: &lt;absolute next URL&gt;; rel="next"</c>
/// only when more rows exist. Query: <c>limit</c> (default 100 — DEV's parameter table, chosen over
/// its prose's 1000; max 1000) and an opaque <c>after</c> cursor, which is the <c>_id</c> of the last
/// row sent (rows are in <c>_id</c> order, so the cursor survives inserts and deletes between pages).
/// An empty result is 204 with no body, applied to every Link-paged list (DEV documents it for flows,
/// lookup caches and state; the emulator treats all lists alike).
/// </summary>
internal static class LinkPaging
{
    public const int DefaultLimit = 100;
    public const int MaxLimit = 1000;

    /// <param name="rows">Rows in ascending <c>_id</c> order (descending when <paramref name="newestFirst"/>).</param>
    /// <param name="view">Optional per-row transformation (e.g. masking secrets) applied before projection.</param>
    public static ApiResponse Page(HttpContext http, IEnumerable<JsonObject> rows, bool newestFirst = false, Func<JsonObject, JsonObject>? view = null)
    {
        var request = http.Request;
        var projection = Projection.From(request);
        var limit = QueryReader.Int(request, "limit", 1, MaxLimit) ?? DefaultLimit;
        var after = QueryReader.One(request, "after");
        if (after is not null)
            rows = rows.Where(r => string.CompareOrdinal((string?)r["_id"], after) is var c && (newestFirst ? c < 0 : c > 0));

        var page = rows.Take(limit + 1).ToList();
        if (page.Count == 0) return ApiResponse.NoContent();
        var more = page.Count > limit;
        if (more) page.RemoveAt(limit);

        var response = ApiResponse.Json(w =>
        {
            w.WriteStartArray();
            foreach (var row in page) projection.Write(w, view is null ? row : view(row));
            w.WriteEndArray();
        });
        if (more)
        {
            var query = QueryReader.Without(request, "after", "limit");
            var last = (string)page[^1]["_id"]!;
            var next = $"{request.Scheme}://{request.Host}{request.PathBase}{request.Path}?{(query.Length > 0 ? query + "&" : "")}limit={limit}&after={Uri.EscapeDataString(last)}";
            response.WithHeader("Link", $"<{next}>; rel=\"next\"");
        }
        return response;
    }
}
