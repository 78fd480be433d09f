using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Reads the audit log of the account, or of resources (with their descendants), newest first.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoAuditLog", DefaultParameterSetName = AccountSet, SupportsPaging = true)]
    [OutputType(typeof(AuditEntry))]
    public sealed class GetCeligoAuditLogCommand : ResourceInputCommand
    {
        private const string AccountSet = "Account";

        [Parameter]
        public DateTime? Since { get; set; }

        [Parameter]
        public DateTime? Until { get; set; }

        [Parameter]
        [ValidateSet("create", "update", "delete", "signin", "signout", "view", IgnoreCase = true)]
        public string? Action { get; set; }

        [Parameter]
        [ValidateSet("ui", "api", "system", "connector", "script", "stack", "sso", IgnoreCase = true)]
        public string? Source { get; set; }

        [Parameter]
        [Alias("_byUserId")]
        [ValidateNotNullOrEmpty]
        public string? UserId { get; set; }

        protected override void BeginProcessing()
        {
            if (Since.HasValue && Until.HasValue && Since > Until)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-Since ({Since:u}) is after -Until ({Until:u}); no entry can match. Swap them."),
                    "SinceAfterUntil", ErrorCategory.InvalidArgument, Since));
            }
        }

        internal override Task ForResourceAsync(ResourceRef? resource, AsyncOutput output, CancellationToken ct)
        {
            var query = new AuditQuery
            {
                Since = Since,
                Until = Until,
                Action = Action?.ToLowerInvariant(),
                Source = Source?.ToLowerInvariant(),
                UserId = UserId == null ? null : RequireId(UserId, "user id"),
            };
            return StreamAsync(Client.ListAuditAsync(resource, query, ct), e => e, output, ct);
        }
    }
}
