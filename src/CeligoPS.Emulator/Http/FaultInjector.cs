using CeligoPS.Emulator.Http;

namespace CeligoPS.Emulator;

/// <summary>
/// Test-controlled faults, off until a rule is added. Applied before authentication and routing
/// because they model the network/proxy, not integrator.io itself.
/// </summary>
public sealed class FaultInjector
{
    private readonly object _gate = new();
    private readonly List<FaultRule> _rules = [];
    private int _injected;

    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (_gate) _rules.Add(rule);
    }

    public void Clear()
    {
        lock (_gate) _rules.Clear();
    }

    /// <summary>How many requests got a fault since start.</summary>
    public int Injected => Volatile.Read(ref _injected);

    /// <summary>Picks the fault for this request (first matching rule that still has budget), or null.</summary>
    internal FaultRule? Match(string method, string path)
    {
        lock (_gate)
        {
            if (_rules.Count == 0) return null;
            foreach (var rule in _rules)
            {
                if (rule.Method is not null && !string.Equals(rule.Method, method, StringComparison.OrdinalIgnoreCase)) continue;
                if (rule.WritesOnly && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method))) continue;
                if (!path.StartsWith(rule.PathPrefix, StringComparison.OrdinalIgnoreCase)) continue;
                rule.Seen++;
                if (rule.Seen <= rule.SkipFirst) continue;
                if (rule.Times >= 0 && rule.Applied >= rule.Times) continue;
                rule.Applied++;
                _injected++;
                return rule;
            }
            return null;
        }
    }

    /// <summary>
    /// Runs the fault. Returns true when the request is finished (nothing else may run); false when
    /// the request should continue normally (Latency).
    /// </summary>
    internal static async Task<bool> ApplyAsync(FaultRule rule, HttpContext http, RequestDelegate next)
    {
        var response = http.Response;
        switch (rule.Kind)
        {
            case FaultKind.Latency:
                await Task.Delay(rule.Delay, http.RequestAborted);
                return false;

            case FaultKind.Status:
                var envelope = ErrorEnvelope.Response(rule.StatusCode, CodeFor(rule.StatusCode), $"Injected fault: HTTP {rule.StatusCode}");
                if (rule.StatusCode == 429)
                    envelope.WithHeader("Retry-After", Math.Max(1, rule.RetryAfterSeconds).ToString());
                else if (rule.StatusCode == 503 && rule.RetryAfterSeconds > 0)
                    envelope.WithHeader("Retry-After", rule.RetryAfterSeconds.ToString());
                await envelope.ExecuteAsync(http);
                return true;

            case FaultKind.DropConnection:
                http.Abort();
                return true;

            case FaultKind.ResetMidBody:
            {
                var (body, contentType) = await RenderRealBodyAsync(http, next);
                response.StatusCode = 200;
                response.ContentType = contentType ?? ApiResponse.JsonContentType;
                // Promise the full length so the client knows the body was cut short, then abort.
                response.ContentLength = Math.Max(body.Length, 64);
                var part = body.Length > 1 ? body.AsMemory(0, body.Length / 2) : "[{\"_id\":"u8.ToArray();
                await response.Body.WriteAsync(part);
                await response.Body.FlushAsync();
                http.Abort();
                return true;
            }

            case FaultKind.TruncatedBody:
            {
                var (body, _) = await RenderRealBodyAsync(http, next);
                var cut = body.Length > 2 ? body[..(body.Length / 2)] : "{\"errors\":[{\"code\":"u8.ToArray();
                response.StatusCode = 200;
                response.ContentType = ApiResponse.JsonContentType;
                response.ContentLength = cut.Length;
                await response.Body.WriteAsync(cut);
                return true;
            }

            case FaultKind.NonJson:
                await ApiResponse.Text("OK this is not JSON <<<>>> \u0001garbage").ExecuteAsync(http);
                return true;

            case FaultKind.HtmlErrorPage:
                await ApiResponse.Text(
                    "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n",
                    "text/html", 502).ExecuteAsync(http);
                return true;

            case FaultKind.ThenAct:
                // The answer is computed before it starts, so the client cannot see the act in it.
                http.Response.OnStarting(() =>
                {
                    rule.Then?.Invoke();
                    return Task.CompletedTask;
                });
                return false;

            case FaultKind.EchoToken:
                await EchoTokenAsync(rule, http);
                return true;

            default:
                return false;
        }
    }

    private static Task EchoTokenAsync(FaultRule rule, HttpContext http)
    {
        var header = http.Request.Headers.Authorization.ToString();
        var token = header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase) ? header["Bearer ".Length..] : header;
        string Message(string shown) => $"Bearer token {shown} rejected by the gateway";
        return rule.Echo switch
        {
            TokenEcho.LongText => ApiResponse.Text(new string('x', 290) + token + " was rejected by the gateway; " + new string('y', 100), "text/plain", rule.StatusCode).ExecuteAsync(http),
            TokenEcho.LowerCase => ErrorEnvelope.Message(rule.StatusCode, Message(token.ToLowerInvariant())).ExecuteAsync(http),
            TokenEcho.Base64 => ErrorEnvelope.Message(rule.StatusCode, Message(Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(token)))).ExecuteAsync(http),
            _ => ErrorEnvelope.Message(rule.StatusCode, Message(token)).ExecuteAsync(http),
        };
    }

    private static string CodeFor(int status) => status switch
    {
        429 => "rate_limited",
        >= 500 => "internal_error",
        404 => "resource_not_found",
        401 => "unauthorized",
        403 => "access_restricted",
        _ => "injected_fault",
    };

    /// <summary>Runs the rest of the pipeline into memory so a fault can send part of the real body.</summary>
    private static async Task<(byte[] Body, string? ContentType)> RenderRealBodyAsync(HttpContext http, RequestDelegate next)
    {
        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            await next(http);
        }
        finally
        {
            http.Response.Body = original;
        }
        var contentType = http.Response.ContentType;
        http.Response.Headers.Clear();
        return (buffer.ToArray(), contentType);
    }
}
