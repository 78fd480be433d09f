using System;
using System.Collections.Generic;
using System.Net.Http;
using System.Text;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// When a failed attempt may be sent again. A POST that starts work (run, retry, clone, create)
    /// is not idempotent: after a timeout or 5xx the server may have acted, so only answers that prove
    /// it did not (429, connection refused) allow another attempt.
    /// </summary>
    public enum RetryMode
    {
        /// <summary>GET, PUT, DELETE and read-only POSTs: retry every transient failure.</summary>
        Idempotent,

        /// <summary>POSTs that start work: retry only when the server certainly did not act.</summary>
        OnlyIfNotActed,
    }

    /// <summary>One API call, described before it is sent so that every attempt builds a fresh message.</summary>
    public sealed class ApiRequest
    {
        public ApiRequest(HttpMethod method, string pathAndQuery, byte[]? jsonBody = null, RetryMode? retry = null, bool? changesState = null)
        {
            Method = method;
            PathAndQuery = pathAndQuery;
            JsonBody = jsonBody;
            ChangesState = changesState ?? method != HttpMethod.Get;
            // POST starts work; a JSON-Patch "add" to a list is not idempotent either. GET, PUT (a full
            // replace) and DELETE are.
            Retry = retry ?? (method == HttpMethod.Post || method.Method == "PATCH" ? RetryMode.OnlyIfNotActed : RetryMode.Idempotent);
        }

        public HttpMethod Method { get; }

        /// <summary>
        /// Whether the call can change the account. Every method but GET can, except the POSTs that
        /// only read (lookup cache getData, connection ping), which say so. A read-only session refuses
        /// the rest before they leave the machine.
        /// </summary>
        public bool ChangesState { get; }

        /// <summary>Set for calls slow by nature (invoke, clone): their attempts may take this long.</summary>
        public TimeSpan? AttemptTimeout { get; set; }

        /// <summary>Relative to the base URI (e.g. <c>/v1/jobs?status=failed</c>), or an absolute URL on the same origin.</summary>
        public string PathAndQuery { get; }

        public byte[]? JsonBody { get; }
        public RetryMode Retry { get; }

        /// <summary>The path without its query, for messages: queries can carry record data.</summary>
        public string Path
        {
            get
            {
                var p = PathAndQuery;
                if (HttpUrl.TryParse(p, out var abs))
                {
                    p = abs.AbsolutePath;
                }
                var q = p.IndexOf('?');
                return q < 0 ? p : p.Substring(0, q);
            }
        }

        public static ApiRequest Get(string pathAndQuery) => new ApiRequest(HttpMethod.Get, pathAndQuery);

        public static ApiRequest WithJson(HttpMethod method, string path, string json, RetryMode? retry = null) =>
            new ApiRequest(method, path, Encoding.UTF8.GetBytes(json), retry);
    }

    /// <summary>A query string built from name/value pairs; repeated names are allowed (the API reads them as lists).</summary>
    public sealed class QueryBuilder
    {
        private readonly List<KeyValuePair<string, string>> _pairs = new List<KeyValuePair<string, string>>();

        public IReadOnlyList<KeyValuePair<string, string>> Pairs => _pairs;

        public QueryBuilder Add(string name, string? value)
        {
            if (!string.IsNullOrEmpty(value))
            {
                _pairs.Add(new KeyValuePair<string, string>(name, value!));
            }
            return this;
        }

        public QueryBuilder Add(string name, DateTime? value) =>
            value.HasValue ? Add(name, IsoDate.Format(value.Value)) : this;

        public QueryBuilder AddEach(string name, IEnumerable<string>? values)
        {
            if (values != null)
            {
                foreach (var v in values)
                {
                    Add(name, v);
                }
            }
            return this;
        }

        public string AppendTo(string path)
        {
            if (_pairs.Count == 0)
            {
                return path;
            }
            var sb = new StringBuilder(path);
            sb.Append(path.IndexOf('?') < 0 ? '?' : '&');
            for (var i = 0; i < _pairs.Count; i++)
            {
                if (i > 0)
                {
                    sb.Append('&');
                }
                sb.Append(Uri.EscapeDataString(_pairs[i].Key)).Append('=').Append(Uri.EscapeDataString(_pairs[i].Value));
            }
            return sb.ToString();
        }
    }

    /// <summary>Dates as the API writes them: UTC ISO 8601 with milliseconds (and, in some filters and bodies, epoch milliseconds).</summary>
    public static class IsoDate
    {
        // A date and time of day with its zone, as the API writes times: 2026-12-01T09:30:00.000Z.
        private static readonly System.Text.RegularExpressions.Regex Stamp = new System.Text.RegularExpressions.Regex(
            @"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:\d{2})$", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

        /// <summary>
        /// Reads an ISO 8601 time stamp with its zone as a local time (as the typed dates are); false for
        /// anything else, including a date without a time or a time without a zone.
        /// </summary>
        public static bool TryParseStamp(string? text, out DateTime value)
        {
            value = default;
            // Cheap checks first: most strings fail on their length or fifth character.
            if (text == null || text.Length < 17 || text.Length > 35 || text[4] != '-' || text[10] != 'T' || !Stamp.IsMatch(text))
            {
                return false;
            }
            if (DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var parsed))
            {
                value = parsed.LocalDateTime;
                return true;
            }
            return false;
        }

        public static string Format(DateTime value) =>
            value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

        /// <summary>Milliseconds since 1970 UTC; a time of no stated kind is taken as local, as everywhere in the module.</summary>
        public static long EpochMilliseconds(DateTime value) => new DateTimeOffset(value.ToUniversalTime()).ToUnixTimeMilliseconds();
    }
}
