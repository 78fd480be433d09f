using System;
using System.IO;
using System.Management.Automation;
using CeligoPS.Client;

namespace CeligoPS.Base
{
    /// <summary>Maps failures to ErrorRecords the way DESIGN.md §3 says: category by status, ErrorId from the API's code.</summary>
    internal static class ErrorRecordFactory
    {
        public static ErrorRecord From(Exception e, object? target)
        {
            switch (e)
            {
                case CeligoApiException api:
                    var record = new ErrorRecord(api, api.Code ?? $"Http{api.StatusCode}", CategoryFor(api.StatusCode), target);
                    if (api.StatusCode == 401)
                    {
                        record.ErrorDetails = new ErrorDetails(api.Message)
                        {
                            RecommendedAction = "Run Connect-Celigo again with a valid token for this region (-Region US|EU or -BaseUri).",
                        };
                    }
                    else if (api.StatusCode == 429)
                    {
                        record.ErrorDetails = new ErrorDetails(api.Message)
                        {
                            RecommendedAction = "The account's rate limit was exhausted even after retries; run the command again later or with less concurrency.",
                        };
                    }
                    return record;
                case CeligoPartialFailureException _:
                case CeligoIncompleteListingException _:
                    // The category and error id of what failed; the message says what was and was not done.
                    var inner = From(e.InnerException!, target);
                    return new ErrorRecord(e, inner.FullyQualifiedErrorId.Split(',')[0], inner.CategoryInfo.Category, target);
                case CeligoReadOnlyException _:
                    return new ErrorRecord(e, "ReadOnlySession", ErrorCategory.PermissionDenied, target);
                case CeligoTransportException _:
                    return new ErrorRecord(e, "TransportFailure", ErrorCategory.ConnectionError, target);
                case FileNotFoundException _:
                    return new ErrorRecord(e, "ConfigFileNotFound", ErrorCategory.ObjectNotFound, target);
                case InvalidDataException _:
                    return new ErrorRecord(e, "InvalidConfig", ErrorCategory.InvalidData, target);
                case UnauthorizedAccessException _:
                    return new ErrorRecord(e, "FileAccessDenied", ErrorCategory.PermissionDenied, target);
                case IOException _:
                    return new ErrorRecord(e, "FileSystemError", ErrorCategory.WriteError, target);
                case PlatformNotSupportedException _:
                    return new ErrorRecord(e, "NotSupportedHere", ErrorCategory.NotImplemented, target);
                case ArgumentException _:
                    return new ErrorRecord(e, "InvalidArgument", ErrorCategory.InvalidArgument, target);
                case InvalidOperationException _:
                    return new ErrorRecord(e, "InvalidOperation", ErrorCategory.InvalidOperation, target);
                default:
                    return new ErrorRecord(e, e.GetType().Name, ErrorCategory.NotSpecified, target);
            }
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
