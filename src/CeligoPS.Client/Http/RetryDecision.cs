using System;
using System.IO;
using System.Net.Http;
using System.Net.Sockets;
using Polly.Timeout;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// Which failures are worth another attempt. Kept apart from the pipeline so the rule that protects
    /// non-idempotent POSTs reads in one place and is unit-tested on its own.
    /// </summary>
    internal static class RetryDecision
    {
        public static bool ShouldRetry(Exception? failure, RetryMode mode)
        {
            switch (failure)
            {
                case null:
                    return false;
                case CeligoApiException api:
                    // 429 means the request was refused before any work: safe for every method.
                    return api.StatusCode == 429 || (mode == RetryMode.Idempotent && api.IsTransient);
                case HttpRequestException http:
                    return IsConnectionRefused(http) || mode == RetryMode.Idempotent;
                case MalformedBodyException _:
                case IOException _:
                case TimeoutRejectedException _:
                    // The server may have acted before the answer was lost.
                    return mode == RetryMode.Idempotent;
                default:
                    return false;
            }
        }

        /// <summary>A refused connection proves the server never saw the request.</summary>
        public static bool IsConnectionRefused(Exception e)
        {
            for (var cur = e; cur != null; cur = cur.InnerException)
            {
                if (cur is SocketException s && s.SocketErrorCode == SocketError.ConnectionRefused)
                {
                    return true;
                }
            }
            return false;
        }
    }

    /// <summary>A 2xx answer whose body could not be read as the JSON it should be (truncated, text, HTML).</summary>
    internal sealed class MalformedBodyException : Exception
    {
        public MalformedBodyException(string message, Exception? inner = null) : base(message, inner)
        {
        }
    }
}
