using System;
using System.Net.Http.Headers;

namespace CeligoPS.Client.Http
{
    /// <summary>A fully read answer: status, the headers paging needs, and the body bytes.</summary>
    public sealed class ApiResponse
    {
        public ApiResponse(int status, string? mediaType, byte[] body, string? linkHeader, TimeSpan? retryAfter)
        {
            Status = status;
            MediaType = mediaType;
            Body = body;
            LinkHeader = linkHeader;
            RetryAfter = retryAfter;
        }

        public int Status { get; }
        public string? MediaType { get; }
        public byte[] Body { get; }
        public string? LinkHeader { get; }
        public TimeSpan? RetryAfter { get; }

        /// <summary>204, or a 200 with nothing in it: both mean "no rows" on list endpoints.</summary>
        public bool IsEmpty => Status == 204 || Body.Length == 0;

        internal static TimeSpan? ReadRetryAfter(RetryConditionHeaderValue? header)
        {
            if (header == null)
            {
                return null;
            }
            if (header.Delta.HasValue)
            {
                return header.Delta.Value;
            }
            if (header.Date.HasValue)
            {
                var wait = header.Date.Value - DateTimeOffset.UtcNow;
                return wait > TimeSpan.Zero ? wait : TimeSpan.Zero;
            }
            return null;
        }
    }
}
