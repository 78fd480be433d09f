using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Deletes resolved errors older than a date, for a step, a flow or piped flows and steps.</summary>
    [Cmdlet(VerbsCommon.Clear, "CeligoResolvedError", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(ErrorActionResult))]
    public sealed class ClearCeligoResolvedErrorCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("_flowId")]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        /// <summary>One step only; without it, every step of the flow.</summary>
        [Parameter(ParameterSetName = ByIdSet, Position = 1)]
        [Alias("_expOrImpId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.StepIdCompleter))]
        public string? StepId { get; set; }

        /// <summary>Flows or flow steps (from Get-CeligoFlow, Get-CeligoFlowStep), or objects with FlowId (and StepId).</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>Deletes the errors resolved before this time.</summary>
        [Parameter(Mandatory = true)]
        public DateTime OlderThan { get; set; }

        protected override void ProcessRecord()
        {
            var flow = PipeBind.Unwrap(InputObject) as Flow;
            string flowText;
            string? stepText;
            try
            {
                flowText = ParameterSetName == ByIdSet ? FlowId! : PipeBind.FlowId(InputObject);
                stepText = ParameterSetName == ByIdSet ? StepId : flow == null ? PipeBind.Property(InputObject, "StepId", "_expOrImpId") : null;
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
                return;
            }
            var query = new ErrorQuery { Resolved = true, Until = OlderThan };
            Run(async (output, ct) =>
            {
                var flowId = RequireId(flowText, "flow id");
                var steps = stepText != null
                    ? new[] { RequireId(stepText, "step id") }
                    : (await Client.FlowWithStepsAsync(flowId, flow, ct)).StepIds();
                foreach (var stepId in steps)
                {
                    var ids = new List<string>();
                    await foreach (var page in Client.ListErrorsAsync(flowId, stepId, query, ct))
                    {
                        ids.AddRange(page.Select(e => e.ErrorId!).Where(id => id != null));
                    }
                    if (ids.Count == 0)
                    {
                        continue;
                    }
                    var target = $"{ids.Count} error(s) of step {stepId} in flow {flowId} resolved before {OlderThan:u}";
                    if (!output.Ask(() => ShouldProcess(target, "Delete")))
                    {
                        continue;
                    }
                    await Client.DeleteResolvedErrorsAsync(flowId, stepId, ids, ct);
                    ids.ForEach(id => output.Object(new ErrorActionResult(flowId, stepId, id, "Delete", "Done")));
                }
            }, flowText);
        }
    }
}
