using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace CeligoPS.Bench.Scenarios;

/// <summary>What one raw listing did.</summary>
internal sealed record RawListing(long Jobs, int Requests, TimeSpan Elapsed, TimeSpan FirstPage);

/// <summary>
/// The streaming baseline: the least a C# program must do to list a flow's jobs. It sends the same
/// requests the client's JobCursor sends (GET /v1/jobs?_flowId=X, then the same query with
/// createdAt_lte = the last row's createdAt, exact and inclusive, until a page holds fewer than 1000
/// rows) and drops the rows already counted at the boundary, as the client does. Each page is parsed
/// with JsonDocument and only _id and createdAt are read: nothing is materialized, so this is the
/// ceiling a module that builds full objects is compared against.
/// </summary>
internal sealed class RawJobLister : IDisposable
{
    /// <summary>The client's JobCursor.FullPage: a page this full may have more behind it.</summary>
    private const int FullPage = 1000;

    private readonly HttpClient _http;

    public RawJobLister(Uri baseUri, string token)
    {
        _http = new HttpClient { BaseAddress = baseUri };
        _http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
    }

    public async Task<RawListing> ListAsync(string flowId)
    {
        var watch = Stopwatch.StartNew();
        TimeSpan? firstPage = null;
        long jobs = 0;
        var requests = 0;
        var boundaryIds = new HashSet<string>(StringComparer.Ordinal);
        DateTime? boundary = null;
        string? createdAtLte = null;
        while (true)
        {
            var path = "/v1/jobs?_flowId=" + Uri.EscapeDataString(flowId) +
                       (createdAtLte == null ? "" : "&createdAt_lte=" + Uri.EscapeDataString(createdAtLte));
            using var response = await _http.GetAsync(path, HttpCompletionOption.ResponseHeadersRead);
            requests++;
            response.EnsureSuccessStatusCode();
            if (response.StatusCode == HttpStatusCode.NoContent)
            {
                break;
            }
            await using var body = await response.Content.ReadAsStreamAsync();
            using var page = await JsonDocument.ParseAsync(body);
            var rows = page.RootElement;
            var last = default(DateTime);
            foreach (var job in rows.EnumerateArray())
            {
                if (!boundaryIds.Contains(job.GetProperty("_id").GetString()!))
                {
                    jobs++;
                }
                last = job.GetProperty("createdAt").GetDateTime();
            }
            firstPage ??= watch.Elapsed;
            if (rows.GetArrayLength() < FullPage)
            {
                break;
            }
            if (boundary != last)
            {
                boundaryIds.Clear();
                boundary = last;
            }
            foreach (var job in rows.EnumerateArray())
            {
                if (job.GetProperty("createdAt").GetDateTime() == last)
                {
                    boundaryIds.Add(job.GetProperty("_id").GetString()!);
                }
            }
            createdAtLte = last.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        }
        return new RawListing(jobs, requests, watch.Elapsed, firstPage ?? watch.Elapsed);
    }

    public void Dispose() => _http.Dispose();
}
