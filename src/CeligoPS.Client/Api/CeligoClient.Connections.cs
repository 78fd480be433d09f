using System;
using System.Diagnostics;
using System.Linq;
using System.Net.Http;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;

namespace CeligoPS.Client
{
    /// <summary>The answer to a connection ping.</summary>
    public sealed class PingResult
    {
        public PingResult(bool online, string? message, TimeSpan elapsed)
        {
            Online = online;
            Message = message;
            Elapsed = elapsed;
        }

        public bool Online { get; }
        public string? Message { get; }
        public TimeSpan Elapsed { get; }
    }

    public sealed partial class CeligoClient
    {
        /// <summary>
        /// Pings a saved connection (POST …/ping; it only reads, so it is retried like a GET). A failed ping
        /// may come back as 200 with an errors array (Celigo's UI checks for it): that is offline too, as
        /// is a 4xx about the endpoint; a 401/403/404 about the call itself stays an error.
        /// </summary>
        public async Task<PingResult> PingConnectionAsync(string connectionId, CancellationToken ct)
        {
            var watch = Stopwatch.StartNew();
            var request = new ApiRequest(HttpMethod.Post, $"/v1/connections/{Segment.Of(connectionId)}/ping", null, RetryMode.Idempotent, changesState: false);
            try
            {
                var message = await _transport.SendAsync(request, ReadPingErrors, ct).ConfigureAwait(false);
                return new PingResult(message == null, message, watch.Elapsed);
            }
            catch (CeligoApiException e) when (e.StatusCode >= 400 && e.StatusCode < 500 && e.StatusCode != 401 && e.StatusCode != 403 && e.StatusCode != 404 && e.StatusCode != 429)
            {
                return new PingResult(false, e.ApiMessage ?? e.Message, watch.Elapsed);
            }
        }

        /// <summary>Turns on the connection's debug log until the given time (PATCH /debugDate).</summary>
        public Task EnableConnectionDebugAsync(string connectionId, DateTime until, CancellationToken ct) =>
            PatchAsync(ResourceCollection<Models.Connection>.Connections, connectionId, new JsonPatch().Replace("debugDate", IsoDate.Format(until)), ct);

        private static string? ReadPingErrors(ApiResponse r)
        {
            if (r.IsEmpty)
            {
                return null;
            }
            using var doc = JsonDocument.Parse(r.Body);
            if (doc.RootElement.ValueKind == JsonValueKind.Object && doc.RootElement.TryGetProperty("errors", out var errors) &&
                errors.ValueKind == JsonValueKind.Array && errors.GetArrayLength() > 0)
            {
                return string.Join("; ", errors.EnumerateArray().Select(e =>
                    e.ValueKind == JsonValueKind.Object && e.TryGetProperty("message", out var m) ? m.ToString() : e.ToString()));
            }
            return null;
        }
    }
}
