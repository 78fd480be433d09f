using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Marks errors resolved: they leave the open list (handled, or not worth a retry).</summary>
    [Cmdlet(VerbsDiagnostic.Resolve, "CeligoError", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ErrorActionResult))]
    public sealed class ResolveCeligoErrorCommand : ErrorBatchCommand
    {
        internal override string Action => "Resolve";

        internal override Task ApplyAsync(string flowId, string stepId, IReadOnlyList<StepError> errors, CancellationToken ct) =>
            Client.ResolveErrorsAsync(flowId, stepId, errors.Select(e => e.ErrorId!), ct);
    }
}
