using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Builds the error-list query from the filter parameters every error command shares.</summary>
    internal static class ErrorFilter
    {
        public static ErrorQuery Build(PSCmdlet cmdlet, bool resolved, string[]? source, string[]? classification, DateTime? since, DateTime? until)
        {
            if (since.HasValue && until.HasValue && since > until)
            {
                cmdlet.ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"-Since ({since:u}) is after -Until ({until:u}); no error can match. Swap them."),
                    "SinceAfterUntil", ErrorCategory.InvalidArgument, since));
            }
            return new ErrorQuery
            {
                Resolved = resolved,
                Sources = source,
                Classifications = classification,
                Since = since,
                Until = until,
            };
        }
    }
}
