using Microsoft.AspNetCore.Connections;

namespace CeligoPS.Emulator.Http;

/// <summary>
/// The middleware order, which is the emulator's model of what sits in front of integrator.io:
/// record → added latency → injected faults (network/proxy, so before auth) → error envelope
/// → bearer auth (401 before routing) → account rate bucket (429) → routing.
/// </summary>
internal static class Pipeline
{
    private const string AbortedKey = "emulator.aborted";

    public static void Configure(WebApplication app, EmulatorContext emu)
    {
        app.Use(async (http, next) =>
        {
            // A request is counted before the first byte of its answer leaves: a client that has its
            // answer, and a test that then resets the counters, never sees it counted late. (Counted
            // when the handler returns instead, a continuation delayed by a busy thread pool landed
            // after such a reset.) Requests whose connection is dropped are counted when they end.
            var counted = 0;
            void Count(int status)
            {
                if (Interlocked.Exchange(ref counted, 1) == 0)
                    emu.Counters.Record(http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "", status, DateTimeOffset.UtcNow);
            }
            http.Response.OnStarting(() =>
            {
                if (!http.Items.ContainsKey(AbortedKey)) Count(http.Response.StatusCode);
                return Task.CompletedTask;
            });
            try
            {
                await next(http);
            }
            finally
            {
                var aborted = http.Items.ContainsKey(AbortedKey) || http.RequestAborted.IsCancellationRequested;
                Count(aborted ? 0 : http.Response.StatusCode);
            }
        });

        app.Use(async (http, next) =>
        {
            if (emu.Options.AddedLatency > TimeSpan.Zero) await Task.Delay(emu.Options.AddedLatency, http.RequestAborted);
            var rule = emu.Faults.Match(http.Request.Method, http.Request.Path.Value ?? "");
            if (rule is not null)
            {
                if (rule.Kind is FaultKind.DropConnection or FaultKind.ResetMidBody) http.Items[AbortedKey] = true;
                if (await FaultInjector.ApplyAsync(rule, http, next)) return;
            }
            await next(http);
        });

        app.Use(async (http, next) =>
        {
            try
            {
                await next(http);
                // Express (which integrator.io runs on) answers a known path with an unknown method as 404.
                if (http.Response.StatusCode == 405 && !http.Response.HasStarted)
                    await NotFoundRoute(http).ExecuteAsync(http);
            }
            catch (ApiError e) when (!http.Response.HasStarted)
            {
                await ErrorEnvelope.Response(e).ExecuteAsync(http);
            }
            catch (Exception e) when (e is OperationCanceledException or ConnectionResetException && http.RequestAborted.IsCancellationRequested)
            {
                // The client went away; nothing to answer.
            }
            catch (Exception e) when (!http.Response.HasStarted)
            {
                await ErrorEnvelope.Response(500, "internal_error", "Emulator error: " + e.Message).ExecuteAsync(http);
            }
        });

        app.Use(async (http, next) =>
        {
            if (!http.Request.Path.StartsWithSegments("/v1"))
            {
                await next(http);
                return;
            }
            if (Authenticate(http, emu.Options.Token) is { } unauthorized)
            {
                await unauthorized.ExecuteAsync(http);
                return;
            }
            if (emu.Options.EnforceRateLimit && !emu.Bucket.TryTake(out var retryAfter))
            {
                await ErrorEnvelope.Response(429, "rate_limited", "Rate limit exceeded. Retry after the number of seconds in the Retry-After header.")
                    .WithHeader("Retry-After", retryAfter.ToString())
                    .ExecuteAsync(http);
                return;
            }
            await next(http);
        });

        app.UseRouting();
    }

    /// <summary>404 envelope for a path no route serves.</summary>
    public static ApiResponse NotFoundRoute(HttpContext http) =>
        ErrorEnvelope.Response(404, "resource_not_found", $"Cannot {http.Request.Method} {http.Request.Path}");

    /// <summary>Missing header → "Unauthorized"; anything but <c>Bearer &lt;the token&gt;</c> → "Bearer Authentication Failed".</summary>
    private static ApiResponse? Authenticate(HttpContext http, string token)
    {
        var header = http.Request.Headers.Authorization;
        if (header.Count == 0 || string.IsNullOrWhiteSpace(header[0])) return ErrorEnvelope.Unauthorized("Unauthorized");
        var value = header[0]!.Trim();
        const string scheme = "Bearer ";
        if (value.StartsWith(scheme, StringComparison.OrdinalIgnoreCase) &&
            string.Equals(value[scheme.Length..].Trim(), token, StringComparison.Ordinal))
            return null;
        return ErrorEnvelope.Unauthorized("Bearer Authentication Failed");
    }
}
