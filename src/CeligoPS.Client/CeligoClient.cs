using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;
using CeligoPS.Client.Paging;

namespace CeligoPS.Client
{
    /// <summary>
    /// The integrator.io API for one account and token. Each API operation is one method; lists are
    /// async streams of pages. Resource groups live in the partial files Api/CeligoClient.*.cs.
    /// </summary>
    public sealed partial class CeligoClient : IDisposable
    {
        /// <summary>The API's batch limit for retry, resolve and similar bulk calls.</summary>
        public const int MaxIdsPerCall = 1000;

        private readonly ApiTransport _transport;
        private readonly Pager _pager;
        private readonly JobCursor _jobCursor;
        private readonly Api.BatchSender _batches;

        public CeligoClient(Uri baseUri, SecretToken token, CeligoClientOptions? options = null)
        {
            if (baseUri == null)
            {
                throw new ArgumentNullException(nameof(baseUri));
            }
            Options = (options ?? new CeligoClientOptions()).Validate();
            BaseUri = NormalizeBaseUri(baseUri);
            _transport = new ApiTransport(BaseUri, token ?? throw new ArgumentNullException(nameof(token)), Options);
            _pager = new Pager(_transport);
            _jobCursor = new JobCursor(_transport);
            _batches = new Api.BatchSender(Options.MaxConcurrency);
        }

        public Uri BaseUri { get; }
        public CeligoClientOptions Options { get; }

        /// <summary>
        /// The base URI the client talks to: scheme, host and an optional proxy path, without the
        /// <c>/v1</c> that every API path carries (config files often include it).
        /// </summary>
        public static Uri NormalizeBaseUri(Uri baseUri)
        {
            if (!baseUri.IsAbsoluteUri || (baseUri.Scheme != Uri.UriSchemeHttps && baseUri.Scheme != Uri.UriSchemeHttp))
            {
                throw new ArgumentException($"'{baseUri}' is not an http(s) URL.");
            }
            var path = baseUri.AbsolutePath.TrimEnd('/');
            if (path.EndsWith("/v1", StringComparison.OrdinalIgnoreCase))
            {
                path = path.Substring(0, path.Length - 3);
            }
            return new Uri(baseUri.GetLeftPart(UriPartial.Authority) + path + "/");
        }

        /// <summary>GET /v1/tokenInfo: proves the token works and tells whose it is.</summary>
        public Task<TokenInfo> GetTokenInfoAsync(CancellationToken ct) => GetAsync<TokenInfo>("/v1/tokenInfo", ct);

        /// <summary>Any call, for what the typed methods do not cover: the body comes back as read.</summary>
        public Task<ApiResponse> SendAsync(ApiRequest request, CancellationToken ct) => _transport.SendAsync(request, AnswerChecks.WholeJson, ct);

        /// <summary>Link-paged listing of any path, each item as raw JSON.</summary>
        public IAsyncEnumerable<IReadOnlyList<System.Text.Json.JsonElement>> ListRawAsync(string path, CancellationToken ct) =>
            _pager.LinkPagesAsync<System.Text.Json.JsonElement>(path, ct);

        /// <summary>One document of any path, as the JSON object the API sent (ids, stamps, masked secrets and all).</summary>
        internal Task<System.Text.Json.Nodes.JsonObject> GetObjectAsync(string path, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.Get(path), r => System.Text.Json.Nodes.JsonNode.Parse(r.Body)!.AsObject(), ct);

        private Task<T> GetAsync<T>(string path, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.Get(path), r => CeligoJson.Deserialize<T>(r.Body), ct);

        public void Dispose()
        {
            _transport.Dispose();
            _batches.Dispose();
        }
    }
}
