using System.Text.Json;

namespace CeligoPS.Emulator.Http;

/// <summary>
/// Paging style 2 (celigo-api.md §2): <c>{"&lt;member&gt;": [...], "nextPageURL": "/v1/...?..."}</c>;
/// <c>nextPageURL</c> is relative to the host, starts with <c>/v1</c>, keeps the caller's filters,
/// and is absent on the last page (the other ways sources describe the link: <see cref="NextLink"/>). 204 when there are no rows at all. The cursor is the sort key of
/// the last row sent (rows are in ascending ordinal key order), so rows removed between pages —
/// errors resolved or retried while a client pages — never shift later rows out of view.
/// </summary>
internal static class NextPageUrlPaging
{
    /// <summary>How a page points to the next one, as the sources disagree (celigo-api.md §9).</summary>
    public enum NextLink
    {
        /// <summary><c>nextPageURL</c> with the caller's query and the cursor.</summary>
        KeepQuery,
        /// <summary>As Celigo's UI suggests the server writes it: under <c>/api</c>, with the cursor alone (no filters).</summary>
        UnderApiCursorOnly,
        /// <summary>No link: the caller resumes with the cursor parameter itself.</summary>
        None,
    }

    public static ApiResponse Page<T>(HttpContext http, IReadOnlyList<T> rowsInKeyOrder, Func<T, string> keyOf, int pageSize,
        string cursorParam, string member, Action<Utf8JsonWriter, T> writeRow, Action<Utf8JsonWriter>? writeExtra = null, NextLink link = NextLink.KeepQuery)
    {
        var request = http.Request;
        var start = 0;
        if (QueryReader.One(request, cursorParam) is { } cursor)
        {
            // First row whose key sorts after the cursor.
            int lo = 0, hi = rowsInKeyOrder.Count;
            while (lo < hi)
            {
                var mid = (lo + hi) / 2;
                if (string.CompareOrdinal(keyOf(rowsInKeyOrder[mid]), cursor) <= 0) lo = mid + 1; else hi = mid;
            }
            start = lo;
        }
        var end = Math.Min(rowsInKeyOrder.Count, start + Math.Max(1, pageSize));
        if (start >= end) return ApiResponse.NoContent();

        string? next = null;
        if (end < rowsInKeyOrder.Count && link != NextLink.None)
        {
            var bare = link == NextLink.UnderApiCursorOnly;
            var query = bare ? "" : QueryReader.Without(request, cursorParam);
            next = $"{(bare ? "/api" : "")}{request.PathBase}{request.Path}?{(query.Length > 0 ? query + "&" : "")}{cursorParam}={Uri.EscapeDataString(keyOf(rowsInKeyOrder[end - 1]))}";
        }
        return ApiResponse.Json(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray(member);
            for (var i = start; i < end; i++) writeRow(w, rowsInKeyOrder[i]);
            w.WriteEndArray();
            writeExtra?.Invoke(w);
            if (next is not null) w.WriteString("nextPageURL", next);
            w.WriteEndObject();
        });
    }
}
