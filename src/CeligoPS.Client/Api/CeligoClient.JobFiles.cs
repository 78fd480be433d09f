using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;

namespace CeligoPS.Client
{
    /// <summary>
    /// What a job leaves to download: its diagnostics bundle and its files (celigo-api.md §4.6). The API
    /// answers signed URLs on a storage host; the downloads never carry the token.
    /// </summary>
    public sealed partial class CeligoClient
    {
        /// <summary>Downloads a job's diagnostics bundle (a zip) into <paramref name="destination"/>.</summary>
        public async Task DownloadJobDiagnosticsAsync(string jobId, Stream destination, CancellationToken ct)
        {
            var path = $"/v1/jobs/{Segment.Of(jobId)}/diagnostics";
            var url = await _transport.SendAsync(ApiRequest.Get(path), r => SignedUrl.One(r, "diagnostics"), ct).ConfigureAwait(false);
            await DownloadSignedAsync(path, url, destination, ct).ConfigureAwait(false);
        }

        /// <summary>
        /// The signed URLs of some of a job's files, in the order asked (<c>POST …/files/signedURL</c>, a read:
        /// safe to send again). Null when the job has no files (the API answers 204, as while a canceled
        /// run's children are still canceling).
        /// </summary>
        public Task<IReadOnlyList<string>?> GetJobFileUrlsAsync(string jobId, IReadOnlyList<string> fileIds, CancellationToken ct)
        {
            var body = CeligoJson.Serialize(new Dictionary<string, object> { ["fileIds"] = fileIds });
            var request = new ApiRequest(HttpMethod.Post, $"/v1/jobs/{Segment.Of(jobId)}/files/signedURL", body, RetryMode.Idempotent, changesState: false);
            return _transport.SendAsync(request, r => r.IsEmpty ? null : SignedUrl.Many(r, fileIds.Count), ct);
        }

        /// <summary>Downloads a signed URL the API gave in answer to <paramref name="apiPath"/> (relative URLs are taken against the API).</summary>
        public Task DownloadSignedAsync(string apiPath, string url, Stream destination, CancellationToken ct) =>
            _transport.DownloadAsync(new Uri(_transport.Resolve(apiPath), url), destination, ct);

        /// <summary>Deletes a job's files (<c>DELETE /v1/jobs/{id}/files</c>).</summary>
        public Task PurgeJobFilesAsync(string jobId, CancellationToken ct) =>
            _transport.SendAsync(new ApiRequest(HttpMethod.Delete, $"/v1/jobs/{Segment.Of(jobId)}/files"), AnswerChecks.EmptyOrJson, ct);

        /// <summary>Reading the API's answers that hand out signed URLs.</summary>
        private static class SignedUrl
        {
            private static readonly string[] Names = { "signedURL", "signedUrl", "url" };

            /// <summary><c>{"signedURL": "…"}</c> (or signedUrl, url), or the URL as a bare JSON string.</summary>
            public static string One(ApiResponse r, string what)
            {
                using var doc = JsonDocument.Parse(r.Body);
                if (doc.RootElement.ValueKind == JsonValueKind.String)
                {
                    return doc.RootElement.GetString()!;
                }
                foreach (var name in Names)
                {
                    if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String)
                    {
                        return value.GetString()!;
                    }
                }
                throw new JsonException($"The {what} answer has no signedURL.");
            }

            /// <summary><c>{"signedURLs": [...]}</c> with one URL per file asked for, or a single signedURL when one was.</summary>
            public static IReadOnlyList<string> Many(ApiResponse r, int expected)
            {
                using var doc = JsonDocument.Parse(r.Body);
                if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("signedURLs", out var list) && list.ValueKind == JsonValueKind.Array)
                {
                    var urls = list.EnumerateArray().Where(u => u.ValueKind == JsonValueKind.String).Select(u => u.GetString()!).ToList();
                    return urls.Count == expected ? urls : throw new JsonException($"The files answer has {urls.Count} signed URLs for {expected} files.");
                }
                return expected == 1 ? new[] { One(r, "files") } : throw new JsonException("The files answer has no signedURLs.");
            }
        }
    }
}
