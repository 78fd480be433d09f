using System;
using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Users
{
    /// <summary>Invites users by e-mail, to the whole account (a level) or to some integrations (a level each).</summary>
    [Cmdlet(VerbsCommon.Add, "CeligoUser", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CeligoUser))]
    public sealed class AddCeligoUserCommand : CeligoCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string[]? Email { get; set; }

        [Parameter]
        [ValidateSet("administrator", "manage", "monitor", IgnoreCase = true)]
        public string? AccessLevel { get; set; }

        /// <summary>Integration id = manage or monitor, for users who see only some integrations.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? IntegrationAccess { get; set; }

        protected override void ProcessRecord()
        {
            IReadOnlyDictionary<string, string>? perIntegration;
            try
            {
                perIntegration = UserAccess.PerIntegration(IntegrationAccess, RequireId);
                if (AccessLevel == null && (perIntegration == null || perIntegration.Count == 0))
                {
                    throw new ArgumentException("Say what the user may do: -AccessLevel administrator|manage|monitor for the whole account, or -IntegrationAccess @{ '<integration id>' = 'manage' } for some integrations.");
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, Email);
                return;
            }
            foreach (var email in Email!)
            {
                if (!email.Contains("@"))
                {
                    ReportFailure(new ArgumentException($"'{email}' is not an e-mail address."), email);
                    continue;
                }
                if (ShouldProcess(email, $"Invite{(AccessLevel == null ? " to some integrations" : $" with access level {AccessLevel.ToLowerInvariant()}")}"))
                {
                    Run(async (output, ct) => output.Object(await Client.InviteUserAsync(email, AccessLevel?.ToLowerInvariant(), perIntegration, ct)), email);
                }
            }
        }
    }

    /// <summary>Changes what users may do: their account-wide level and their levels per integration (read-merge-write).</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoUser", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CeligoUser))]
    public sealed class SetCeligoUserCommand : UpdateResourceCommand<CeligoUser>
    {
        /// <summary>The account-wide level; none leaves only the access per integration.</summary>
        [Parameter]
        [ValidateSet("administrator", "manage", "monitor", "none", IgnoreCase = true)]
        public string? AccessLevel { get; set; }

        /// <summary>Integration id = manage or monitor; replaces the user's access per integration.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? IntegrationAccess { get; set; }

        internal override ResourceCollection<CeligoUser> Collection => ResourceCollection<CeligoUser>.Users;
        internal override string IdProperty => "Id";

        protected override void ProcessRecord()
        {
            JsonObject changes;
            try
            {
                var level = AccessLevel?.ToLowerInvariant();
                changes = CeligoClient.AccessFields(level == "none" ? null : level, UserAccess.PerIntegration(IntegrationAccess, RequireId));
                if (level == "none")
                {
                    changes["accessLevel"] = null;
                }
                if (changes.Count == 0)
                {
                    throw new ArgumentException("Nothing to change: give -AccessLevel, -IntegrationAccess or both.");
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? Id);
                return;
            }
            UpdateEach("Set access (read, merge and write back the access record)", (id, ct) =>
                Client.MergeReplaceAsync(Collection, id, (JsonObject)changes.DeepClone(), ct));
        }
    }

    /// <summary>Disables users (they keep their access record but cannot sign in to the account); a disabled user is left as is.</summary>
    [Cmdlet(VerbsLifecycle.Disable, "CeligoUser", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CeligoUser))]
    public sealed class DisableCeligoUserCommand : SwitchUserCommand
    {
        internal override bool Disabled => true;
    }

    /// <summary>Enables disabled users; an enabled user is left as is.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "CeligoUser", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CeligoUser))]
    public sealed class EnableCeligoUserCommand : SwitchUserCommand
    {
        internal override bool Disabled => false;
    }

    /// <summary>
    /// Disable and enable: the API has one toggle for both, so the user is read first and toggled only when
    /// not already as asked, then read back, so running either twice changes nothing the second time.
    /// </summary>
    public abstract class SwitchUserCommand : UpdateResourceCommand<CeligoUser>
    {
        internal override ResourceCollection<CeligoUser> Collection => ResourceCollection<CeligoUser>.Users;
        internal override string IdProperty => "Id";

        /// <summary>The state the command leaves users in.</summary>
        internal abstract bool Disabled { get; }

        protected override void ProcessRecord() =>
            ChangeEach(Disabled ? "Disable" : "Enable", async (id, output, ct) =>
            {
                var user = await Client.GetAsync(Collection, id, ct);
                if ((user.Disabled ?? false) == Disabled)
                {
                    output.Verbose($"User {user.Email ?? id} is {(Disabled ? "disabled" : "enabled")} already; left as is.");
                }
                else
                {
                    await Client.ToggleUserDisabledAsync(id, ct);
                    user = await Client.GetAsync(Collection, id, ct);
                    if ((user.Disabled ?? false) != Disabled)
                    {
                        throw new InvalidOperationException($"User {user.Email ?? id} is still {(Disabled ? "enabled" : "disabled")} after the change (someone else may have switched it at the same time). Run the command again.");
                    }
                }
                if (PassThru)
                {
                    output.Object(user);
                }
            });
    }

    /// <summary>Sends a pending user's invitation again.</summary>
    [Cmdlet(VerbsCommunications.Send, "CeligoUserInvitation", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class SendCeligoUserInvitationCommand : ResourceTargetCommand<CeligoUser>
    {
        internal override ResourceCollection<CeligoUser> Collection => ResourceCollection<CeligoUser>.Users;
        internal override string IdProperty => "Id";

        protected override void ProcessRecord() =>
            ChangeEach("Send the invitation again", async (id, output, ct) =>
            {
                var user = await Client.GetAsync(Collection, id, ct);
                if (user.Accepted == true)
                {
                    throw new InvalidOperationException($"User {user.Email ?? id} has accepted the invitation already; nothing was sent.");
                }
                await Client.ReinviteUserAsync(id, ct);
            });
    }

    /// <summary>Removes users' access to the account.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoUser", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoUserCommand : RemoveResourceCommand<CeligoUser>
    {
        internal override ResourceCollection<CeligoUser> Collection => ResourceCollection<CeligoUser>.Users;
        internal override string IdProperty => "Id";
        internal override bool HasDependencies => false;
    }
}
