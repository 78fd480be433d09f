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

        /// <summary>
        /// Tries a request gets when the API cannot be reached at all (a refused connection, a name that
        /// does not resolve): that is rarely over in a few seconds, so it is tried once more and then
        /// reported, rather than waited on for the whole retry budget.
        /// </summary>
        public const int UnreachableAttempts = 2;

        /// <summary>A refused connection proves the server never saw the request.</summary>
        public static bool IsConnectionRefused(Exception e) => HasSocketError(e, SocketError.ConnectionRefused);

        /// <summary>Nothing answers at the address: the connection was refused or the host name does not resolve.</summary>
        public static bool IsUnreachable(Exception? e) =>
            e != null && HasSocketError(e, SocketError.ConnectionRefused, SocketError.HostNotFound, SocketError.NoData, SocketError.HostUnreachable, SocketError.NetworkUnreachable);

        private static bool HasSocketError(Exception e, params SocketError[] codes)
        {
            for (var cur = e; cur != null; cur = cur.InnerException)
            {
                if (cur is SocketException s && Array.IndexOf(codes, s.SocketErrorCode) >= 0)
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
