using System;
using System.IO;
using System.Management.Automation;
using CeligoPS.Client;

namespace CeligoPS.Base
{
    /// <summary>
    /// Maps failures to ErrorRecords the way DESIGN.md §3 says: category by status, ErrorId from the
    /// API's code. Every error record of the module is made here, and this is where the token is
    /// scrubbed from what it says: the ErrorId, category and recommended action come from the failure
    /// as it was, so a scrubbed 401 is still an AuthenticationError.
    /// </summary>
    internal static class ErrorRecordFactory
    {
        /// <param name="token">The token to keep out of the record (the session's, or the one being tried); null when there is none.</param>
        public static ErrorRecord From(Exception e, object? target, SecretToken? token)
        {
            var (errorId, category, action) = Identify(e);
            var shown = token == null ? e : Scrubbed(e, token);
            var record = new ErrorRecord(shown, errorId, category, target is string text && token != null ? token.Scrub(text) : target);
            if (action != null)
            {
                record.ErrorDetails = new ErrorDetails(shown.Message) { RecommendedAction = action };
            }
            return record;
        }

        /// <summary>ErrorId, category and recommended action of a failure.</summary>
        private static (string ErrorId, ErrorCategory Category, string? Action) Identify(Exception e)
        {
            switch (e)
            {
                case CeligoApiException api:
                    var action = api.StatusCode == 401
                        ? "Run Connect-Celigo again with a valid token for this region (-Region US|EU or -BaseUri)."
                        : api.StatusCode == 429
                            ? "The account's rate limit was exhausted even after retries; run the command again later or with less concurrency."
                            : api.Code == "field_locked_by_integration_app"
                                ? "The integration app that installed this resource manages the field; change it in the app's settings."
                                : null;
                    return (api.Code ?? $"Http{api.StatusCode}", CategoryFor(api.StatusCode), action);
                case CeligoPartialFailureException _:
                case CeligoIncompleteListingException _:
                case CeligoWaitInterruptedException _:
                    // The category and error id of what failed; the message says what was and was not done.
                    var (innerId, innerCategory, _) = Identify(e.InnerException!);
                    return (innerId, innerCategory, null);
                case CeligoConcurrentChangeException _:
                    return ("ConcurrentChange", ErrorCategory.ResourceBusy, null);
                case CeligoChangeNotAppliedException _:
                    return ("ChangeNotApplied", ErrorCategory.InvalidResult, null);
                case CeligoReadOnlyException _:
                    return ("ReadOnlySession", ErrorCategory.PermissionDenied, null);
                case CeligoTransportException _:
                    return ("TransportFailure", ErrorCategory.ConnectionError, null);
                case FileNotFoundException _:
                    return ("ConfigFileNotFound", ErrorCategory.ObjectNotFound, null);
                case InvalidDataException _:
                    return ("InvalidConfig", ErrorCategory.InvalidData, null);
                case UnauthorizedAccessException _:
                    return ("FileAccessDenied", ErrorCategory.PermissionDenied, null);
                case IOException _:
                    return ("FileSystemError", ErrorCategory.WriteError, null);
                case PlatformNotSupportedException _:
                    return ("NotSupportedHere", ErrorCategory.NotImplemented, null);
                case ArgumentException _:
                    return ("InvalidArgument", ErrorCategory.InvalidArgument, null);
                case InvalidOperationException _:
                    return ("InvalidOperation", ErrorCategory.InvalidOperation, null);
                default:
                    return (e.GetType().Name, ErrorCategory.NotSpecified, null);
            }
        }

        /// <summary>
        /// The failure as it may be shown: itself when nothing in it (inner failures included) shows the
        /// token; otherwise an API failure keeps its type and status with scrubbed text, and anything
        /// else becomes one failure whose message is the scrubbed one.
        /// </summary>
        private static Exception Scrubbed(Exception e, SecretToken token)
        {
            var messages = new System.Text.StringBuilder();
            for (var inner = e; inner != null; inner = inner.InnerException)
            {
                messages.AppendLine(inner.Message);
            }
            if (!token.IsContainedIn(messages.ToString()))
            {
                return e;
            }
            return e is CeligoApiException api ? api.Scrubbed(token.Scrub) : new CeligoScrubbedException(token.Scrub(e.Message));
        }

        public static ErrorCategory CategoryFor(int status)
        {
            switch (status)
            {
                case 401: return ErrorCategory.AuthenticationError;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 400:
                case 415:
                case 422: return ErrorCategory.InvalidData;
                case 409: return ErrorCategory.ResourceExists;
                case 429: return ErrorCategory.LimitsExceeded;
                default: return status >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
            }
        }

        /// <summary>Failures that mean the session itself is unusable: stop the whole pipeline.</summary>
        public static bool IsSessionBroken(Exception e) =>
            (e is CeligoIncompleteListingException ? e.InnerException : e) is CeligoApiException api && (api.StatusCode == 401 || api.StatusCode == 403);
    }
}
