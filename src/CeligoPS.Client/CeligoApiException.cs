using System;
using System.Collections.Generic;
using System.Linq;

namespace CeligoPS.Client
{
    /// <summary>One entry of the API's error envelope: <c>{"errors":[{code, message, field}]}</c>.</summary>
    public sealed class CeligoApiError
    {
        public CeligoApiError(string? code, string? message, string? field)
        {
            Code = code;
            Message = message;
            Field = field;
        }

        public string? Code { get; }
        public string? Message { get; }
        public string? Field { get; }
    }

    /// <summary>
    /// Any answer from integrator.io that is not a success: the <c>errors[]</c> envelope, the 401
    /// <c>{message}</c> body, or a body that is not JSON at all (a proxy's HTML page).
    /// </summary>
    public class CeligoApiException : Exception
    {
        public CeligoApiException(int statusCode, string method, string path, IReadOnlyList<CeligoApiError> errors,
            TimeSpan? retryAfter = null, Exception? inner = null)
            : base(Describe(statusCode, method, path, errors), inner)
        {
            StatusCode = statusCode;
            Method = method;
            Path = path;
            Errors = errors;
            RetryAfter = retryAfter;
        }

        public int StatusCode { get; }
        public string Method { get; }

        /// <summary>The request path without the query string (queries may hold record data).</summary>
        public string Path { get; }

        public IReadOnlyList<CeligoApiError> Errors { get; }
        public TimeSpan? RetryAfter { get; }

        /// <summary>The same failure, with a sentence of the client's own after the API's.</summary>
        public CeligoApiException WithNote(string note) =>
            new CeligoApiException(StatusCode, Method, Path, Errors.Concat(new[] { new CeligoApiError(null, note, null) }).ToList(), RetryAfter, this);

        /// <summary>The same failure with its text passed through <paramref name="scrub"/> (the inner failure is left out).</summary>
        public CeligoApiException Scrubbed(Func<string, string> scrub)
        {
            string? Clean(string? text) => text == null ? null : scrub(text);
            return new CeligoApiException(StatusCode, Method, scrub(Path),
                Errors.Select(e => new CeligoApiError(Clean(e.Code), Clean(e.Message), Clean(e.Field))).ToList(), RetryAfter);
        }

        public string? Code => Errors.FirstOrDefault()?.Code;
        public string? ApiMessage => Errors.FirstOrDefault()?.Message;
        public string? Field => Errors.FirstOrDefault()?.Field;

        /// <summary>Whether the server may succeed if asked again (408, 429, 5xx).</summary>
        public bool IsTransient => StatusCode == 408 || StatusCode == 429 || StatusCode >= 500;

        private static string Describe(int status, string method, string path, IReadOnlyList<CeligoApiError> errors)
        {
            var parts = errors.Select(e =>
                string.Join(": ", new[] { e.Code, e.Message }.Where(s => !string.IsNullOrEmpty(s))) +
                (string.IsNullOrEmpty(e.Field) ? "" : $" (field '{e.Field}')"));
            var text = $"{method} {path} failed with {status}: {string.Join("; ", parts)}";
            if (status == 401)
            {
                text += ". Check that the token is valid and not expired, and that it belongs to this region " +
                        "(US and EU tokens work only in their own region; use Connect-Celigo -Region or -BaseUri).";
            }
            return text;
        }
    }

    /// <summary>Work was started but could not be followed to its end; the inner failure says why.</summary>
    public sealed class CeligoWaitInterruptedException : Exception
    {
        public CeligoWaitInterruptedException(string message, Exception inner) : base(message, inner)
        {
        }
    }

    /// <summary>A read-merge-write found the document changing under it each time it looked, and wrote nothing.</summary>
    public sealed class CeligoConcurrentChangeException : Exception
    {
        public CeligoConcurrentChangeException(string message) : base(message)
        {
        }
    }

    /// <summary>
    /// A write the API answered with success that left fields as they were, as a PUT of fields an
    /// integration app locks does (celigo-api.md §9 #8): the document as read back is kept.
    /// </summary>
    public sealed class CeligoChangeNotAppliedException : Exception
    {
        public CeligoChangeNotAppliedException(string what, System.Collections.Generic.IReadOnlyList<string> fields, object stored)
            : base($"The API accepted the change to {what} but did not apply it to {string.Join(", ", fields)}: reading it back shows the old value{(fields.Count == 1 ? "" : "s")}. " +
                   "An integration app may manage those fields; change them in the app's settings, or on the resource it installed them from.")
        {
            Fields = fields;
            Stored = stored;
        }

        /// <summary>The fields whose read-back value is not what was sent.</summary>
        public System.Collections.Generic.IReadOnlyList<string> Fields { get; }

        /// <summary>The document as the API holds it after the write.</summary>
        public object Stored { get; }
    }

    /// <summary>A failure whose text showed the token, as it may be shown: the same text, scrubbed.</summary>
    public sealed class CeligoScrubbedException : Exception
    {
        public CeligoScrubbedException(string message) : base(message)
        {
        }
    }

    /// <summary>The request never got an HTTP answer: refused, reset, timed out, or the body was cut off.</summary>
    public sealed class CeligoTransportException : Exception
    {
        public CeligoTransportException(string method, string path, string problem, Exception? inner = null)
            : base($"{method} {path} failed: {problem}", inner)
        {
            Method = method;
            Path = path;
        }

        public string Method { get; }
        public string Path { get; }
    }
}

namespace CeligoPS.Client
{
    /// <summary>A read-only session was asked to change something; nothing was sent.</summary>
    public sealed class CeligoReadOnlyException : InvalidOperationException
    {
        public CeligoReadOnlyException(string method, string path)
            : base($"The session is read-only (Connect-Celigo -ReadOnly), so {method} {path} was not sent. Connect without -ReadOnly to make changes.")
        {
            Method = method;
            Path = path;
        }

        public string Method { get; }
        public string Path { get; }
    }
}

namespace CeligoPS.Client
{
    /// <summary>
    /// A bulk call sent in batches failed part-way: which items the API accepted, which were in the call
    /// that failed (it may or may not have acted on them), and which were never sent.
    /// </summary>
    public sealed class CeligoPartialFailureException : Exception
    {
        /// <param name="next">What to do about it, when there is more to say than the counts (a sentence).</param>
        public CeligoPartialFailureException(string what, System.Collections.Generic.IReadOnlyList<string> done,
            System.Collections.Generic.IReadOnlyList<string> uncertain, System.Collections.Generic.IReadOnlyList<string> notSent, Exception failure, string? next = null)
            : base($"{failure.Message.TrimEnd('.')}. Of {done.Count + uncertain.Count + notSent.Count} {what}: {done.Count} accepted, {uncertain.Count} in the call that failed (they may or may not have been acted on), {notSent.Count} not sent.{(next == null ? "" : " " + next)}", failure)
        {
            Done = done;
            Uncertain = uncertain;
            NotSent = notSent;
        }

        public System.Collections.Generic.IReadOnlyList<string> Done { get; }
        public System.Collections.Generic.IReadOnlyList<string> Uncertain { get; }
        public System.Collections.Generic.IReadOnlyList<string> NotSent { get; }
    }
}

namespace CeligoPS.Client
{
    /// <summary>
    /// A listing failed after some of it had been delivered: what was delivered stands, and the message
    /// says what was not listed and, where the API allows, how to pick up from there.
    /// </summary>
    public sealed class CeligoIncompleteListingException : Exception
    {
        public CeligoIncompleteListingException(int delivered, string notListed, Exception failure)
            : base($"{failure.Message.TrimEnd('.')}. The listing stopped after {delivered} items: {notListed}", failure)
        {
            Delivered = delivered;
        }

        public int Delivered { get; }
    }
}
