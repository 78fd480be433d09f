using System;
using System.Diagnostics;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.RateLimiting;
using Polly.Timeout;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// Sends <see cref="ApiRequest"/>s for one session: one HttpClient from IHttpClientFactory, the
    /// resilience pipeline, the bearer token, and one log line per attempt. A response is read whole
    /// and parsed inside the attempt, so a body cut off mid-way is retried like any transport fault.
    /// </summary>
    internal sealed class ApiTransport : IDisposable
    {
        private const string HttpClientName = "celigo";

        private readonly Uri _baseUri;
        private readonly SecretToken _token;
        private readonly ServiceProvider _services;
        private readonly HttpClient _http;
        private readonly ResiliencePipeline _pipeline;
        private readonly CeligoClientOptions _options;

        public ApiTransport(Uri baseUri, SecretToken token, CeligoClientOptions options)
        {
            _baseUri = baseUri;
            _token = token;
            _options = options;
            var services = new ServiceCollection();
            services.AddHttpClient(HttpClientName, c =>
                {
                    // Timeouts belong to the pipeline, which knows attempts from totals.
                    c.Timeout = Timeout.InfiniteTimeSpan;
                    c.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
                    c.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
                })
                .ConfigurePrimaryHttpMessageHandler(() => new HttpClientHandler
                {
                    AutomaticDecompression = DecompressionMethods.GZip | DecompressionMethods.Deflate,
                    UseCookies = false,
                    AllowAutoRedirect = false,
                })
                // The session keeps its one client for its whole life; rotating handlers buys nothing here.
                .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
            _services = services.BuildServiceProvider();
            _http = _services.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName);
            _pipeline = ResiliencePipelineFactory.Create(options, AccountRateLimiters.For(baseUri, token, options));
        }

        public Uri BaseUri => _baseUri;

        public Task<T> SendAsync<T>(ApiRequest request, Func<ApiResponse, T> read, CancellationToken cancellationToken)
        {
            if (_options.ReadOnly && request.ChangesState)
            {
                throw new CeligoReadOnlyException(request.Method.Method, request.Path);
            }
            return ExecuteAsync(() => BuildMessage(request), request.Method.Method, request.Path, PathForLog(request), request.Retry, read, cancellationToken,
                request.AttemptTimeout);
        }

        /// <summary>
        /// Fetches a signed URL (a template zip on a storage host) without the token: the signature in the
        /// URL is the authorization, and the token must never reach another host. The query (which holds
        /// the signature) is left out of logs and messages.
        /// </summary>
        public async Task DownloadAsync(Uri url, Stream destination, CancellationToken cancellationToken)
        {
            if (url.Scheme != Uri.UriSchemeHttps && !(url.Scheme == Uri.UriSchemeHttp && url.IsLoopback))
            {
                throw new InvalidOperationException($"Refusing to download from '{url.GetLeftPart(UriPartial.Path)}': signed URLs must be https.");
            }
            var body = await ExecuteAsync(() => new HttpRequestMessage(HttpMethod.Get, url), "GET", url.AbsolutePath, url.GetLeftPart(UriPartial.Path),
                RetryMode.Idempotent, r => r.Body, cancellationToken).ConfigureAwait(false);
            // Written only once complete, so a failed download leaves nothing half-written behind.
            await destination.WriteAsync(body, 0, body.Length, cancellationToken).ConfigureAwait(false);
        }

        private static string Attempts(int n) => n == 1 ? "1 attempt" : $"{n} attempts";

        private async Task<T> ExecuteAsync<T>(Func<HttpRequestMessage> build, string method, string path, string logPath, RetryMode retry,
            Func<ApiResponse, T> read, CancellationToken cancellationToken, TimeSpan? attemptTimeout = null)
        {
            var context = ResilienceContextPool.Shared.Get(cancellationToken);
            context.Properties.Set(ResiliencePipelineFactory.RetryModeKey, retry);
            context.Properties.Set(ResiliencePipelineFactory.StartedKey, Stopwatch.GetTimestamp());
            if (attemptTimeout.HasValue)
            {
                context.Properties.Set(ResiliencePipelineFactory.AttemptTimeoutKey, attemptTimeout.Value);
            }
            var attempt = 0;
            try
            {
                return await _pipeline.ExecuteAsync(async ctx =>
                {
                    attempt++;
                    return await AttemptAsync(build, method, path, logPath, read, attempt, ctx.CancellationToken).ConfigureAwait(false);
                }, context).ConfigureAwait(false);
            }
            catch (CeligoApiException e) when (context.Properties.TryGetValue(ResiliencePipelineFactory.RefusedWaitKey, out var asked))
            {
                throw e.WithNote($"the server asked to wait {Describe(asked)} before trying again, longer than this call may wait " +
                    $"(at most {Describe(_options.MaxRetryDelay)} between attempts, {Describe(_options.TotalTimeout)} in all); nothing more was sent. Run it again after that wait");
            }
            catch (CeligoApiException e) when (retry == RetryMode.OnlyIfNotActed && e.StatusCode >= 500)
            {
                // Not sent again, rightly: the server failed while it may have started the work.
                throw e.WithNote("the API may have carried it out before it failed, so it was not sent again: check (for example with Get-CeligoJob) before sending it again");
            }
            catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
            {
                throw new CeligoTransportException(method, path, $"no answer within the time allowed ({Describe(e.Timeout)}, attempt {attempt}){MayHaveActed(retry)}.", e);
            }
            catch (RateLimiterRejectedException e)
            {
                throw new CeligoTransportException(method, path, "the client-side rate limiter refused the request.", e);
            }
            catch (HttpRequestException e) when (RetryDecision.IsUnreachable(e))
            {
                throw new CeligoTransportException(method, path,
                    $"nothing answers at {_baseUri.GetLeftPart(UriPartial.Authority)} ({Innermost(e).Message}, after {Attempts(attempt)}). " +
                    "Check that the address is right (-Region or -BaseUri of Connect-Celigo) and that the service is up and reachable from here (network, proxy, firewall).", e);
            }
            catch (HttpRequestException e)
            {
                throw new CeligoTransportException(method, path, $"{Innermost(e).Message} (after {Attempts(attempt)}){MayHaveActed(retry)}.", e);
            }
            catch (IOException e)
            {
                throw new CeligoTransportException(method, path, $"the connection broke while reading the answer: {e.Message} (after {attempt} attempts){MayHaveActed(retry)}.", e);
            }
            catch (MalformedBodyException e)
            {
                throw new CeligoTransportException(method, path, $"{e.Message} (after {attempt} attempts){MayHaveActed(retry)}.", e);
            }
            finally
            {
                ResilienceContextPool.Shared.Return(context);
            }
        }

        private async Task<T> AttemptAsync<T>(Func<HttpRequestMessage> build, string method, string path, string logPath, Func<ApiResponse, T> read,
            int attempt, CancellationToken ct)
        {
            var watch = Stopwatch.StartNew();
            int? status = null;
            string? problem = null;
            try
            {
                using var message = build();
                using var response = await _http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, ct).ConfigureAwait(false);
                status = (int)response.StatusCode;
                var body = await ReadBodyAsync(response.Content, ct).ConfigureAwait(false);
                var answer = new ApiResponse(status.Value, response.Content?.Headers.ContentType?.MediaType, body,
                    LinkHeaderOf(response), ApiResponse.ReadRetryAfter(response.Headers.RetryAfter));
                if (status < 200 || status > 299)
                {
                    throw new CeligoApiException(status.Value, method, path, ErrorBodyParser.Parse(answer, _token), answer.RetryAfter);
                }
                try
                {
                    return read(answer);
                }
                catch (System.Text.Json.JsonException e)
                {
                    problem = "malformed body";
                    throw new MalformedBodyException(DescribeMalformed(answer), e);
                }
            }
            catch (Exception e) when (status == null && !(e is OperationCanceledException && ct.IsCancellationRequested))
            {
                problem = Innermost(e).Message;
                throw;
            }
            finally
            {
                RequestLog.Write(new RequestLogEntry(method, logPath, status, attempt, watch.ElapsedMilliseconds, problem));
            }
        }

        private HttpRequestMessage BuildMessage(ApiRequest request)
        {
            var message = new HttpRequestMessage(request.Method, Resolve(request.PathAndQuery));
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _token.Reveal());
            if (request.JsonBody != null)
            {
                message.Content = new ByteArrayContent(request.JsonBody);
                message.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            }
            return message;
        }

        /// <summary>
        /// Paths are relative to the base URI (which may carry a path prefix, e.g. behind a proxy).
        /// Absolute URLs come from the API's own paging links; they must stay on the session's origin so
        /// the token is never sent anywhere else.
        /// </summary>
        internal Uri Resolve(string pathAndQuery)
        {
            if (HttpUrl.TryParse(pathAndQuery, out var absolute))
            {
                if (!string.Equals(absolute.GetLeftPart(UriPartial.Authority), _baseUri.GetLeftPart(UriPartial.Authority), StringComparison.OrdinalIgnoreCase))
                {
                    throw new InvalidOperationException(
                        $"Refusing to follow a link to {absolute.GetLeftPart(UriPartial.Authority)}: it is not the session's host {_baseUri.GetLeftPart(UriPartial.Authority)}.");
                }
                return absolute;
            }
            return new Uri(_baseUri.GetLeftPart(UriPartial.Path).TrimEnd('/') + "/" + pathAndQuery.TrimStart('/'));
        }

        private string PathForLog(ApiRequest request)
        {
            var uri = Resolve(request.PathAndQuery);
            var prefix = _baseUri.AbsolutePath.TrimEnd('/');
            var path = uri.AbsolutePath.StartsWith(prefix, StringComparison.Ordinal) ? uri.AbsolutePath.Substring(prefix.Length) : uri.AbsolutePath;
            return path + uri.Query;
        }

        private static async Task<byte[]> ReadBodyAsync(HttpContent? content, CancellationToken ct)
        {
            if (content == null)
            {
                return Array.Empty<byte>();
            }
            using var stream = await content.ReadAsStreamAsync().ConfigureAwait(false);
            using var buffer = new MemoryStream();
            await stream.CopyToAsync(buffer, 81920, ct).ConfigureAwait(false);
            return buffer.ToArray();
        }

        private static string? LinkHeaderOf(HttpResponseMessage response) =>
            response.Headers.TryGetValues("Link", out var values) ? string.Join(",", values) : null;

        private static string DescribeMalformed(ApiResponse answer)
        {
            var type = answer.MediaType ?? "no content type";
            return answer.MediaType != null && answer.MediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0
                ? $"the answer was not complete JSON ({answer.Body.Length} bytes of {type})"
                : $"the answer was not JSON ({type}, {answer.Body.Length} bytes)";
        }

        private static Exception Innermost(Exception e)
        {
            while (e.InnerException != null)
            {
                e = e.InnerException;
            }
            return e;
        }

        /// <summary>For calls that start work: the user must know it may have happened before sending it again.</summary>
        private static string MayHaveActed(RetryMode retry) =>
            retry == RetryMode.OnlyIfNotActed ? "; integrator.io may have carried it out, so check (for example with Get-CeligoJob) before sending it again" : "";

        private static string Describe(TimeSpan t) => t.TotalSeconds >= 1 ? $"{t.TotalSeconds:0.#} s" : $"{t.TotalMilliseconds:0} ms";

        public void Dispose()
        {
            // The limiter is the account's and outlives the session (AccountRateLimiters).
            _services.Dispose();
        }
    }
}
