using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Http;
using CeligoPS.Client.Paging;

namespace CeligoPS.Client
{
    public sealed partial class CeligoClient
    {
        /// <summary>
        /// Any call, followed through its pages: the next request is a GET of the Link header's next URL
        /// or of the body's nextPageURL, whichever the answer carries.
        /// </summary>
        public async IAsyncEnumerable<ApiResponse> SendPagedAsync(ApiRequest first, [EnumeratorCancellation] CancellationToken ct)
        {
            var seen = new HashSet<string>();
            ApiRequest? request = first;
            while (request != null)
            {
                var response = await _transport.SendAsync(request, AnswerChecks.WholeJson, ct).ConfigureAwait(false);
                yield return response;
                var link = LinkHeader.Next(response.LinkHeader);
                var next = link ?? (NextPageUrl(response) is { } body ? NextPageLink.Follow(body, NextPageLink.Query(first.PathAndQuery)) : null);
                request = next != null && seen.Add(next) ? ApiRequest.Get(next) : null;
            }
        }

        private static string? NextPageUrl(ApiResponse response)
        {
            if (response.IsEmpty || response.MediaType?.Contains("json") != true)
            {
                return null;
            }
            try
            {
                using var doc = JsonDocument.Parse(response.Body);
                return doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("nextPageURL", out var n) &&
                       n.ValueKind == JsonValueKind.String && n.GetString()!.Length > 0
                    ? n.GetString()
                    : null;
            }
            catch (JsonException)
            {
                return null;
            }
        }
    }
}
