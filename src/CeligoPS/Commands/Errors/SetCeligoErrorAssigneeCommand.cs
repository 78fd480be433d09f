using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Hands errors to a person: assigns them to a user of the account by email, or clears the assignment.</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoErrorAssignee", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ErrorActionResult))]
    public sealed class SetCeligoErrorAssigneeCommand : ErrorBatchCommand
    {
        /// <summary>The email of the user to assign to (an account user); $null or '' clears the assignment.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowNull]
        [AllowEmptyString]
        [ValidateTrimmed]
        public string? Email { get; set; }

        internal override string Action => string.IsNullOrEmpty(Email) ? "Unassign" : "Assign";

        internal override string Detail => string.IsNullOrEmpty(Email) ? "" : " to " + Email;

        internal override Task ApplyAsync(string flowId, string stepId, IReadOnlyList<StepError> errors, CancellationToken ct) =>
            Client.AssignErrorsAsync(flowId, stepId, errors.Select(e => e.ErrorId!), string.IsNullOrEmpty(Email) ? null : Email, ct);
    }
}
