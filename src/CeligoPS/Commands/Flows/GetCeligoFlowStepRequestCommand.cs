using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Flows
{
    /// <summary>
    /// The HTTP requests a flow step made while its debug log was on: when, which method and URL, the
    /// status that came back and how long it took. Pipe rows to Get-CeligoErrorRequest for the bodies.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CeligoFlowStepRequest", DefaultParameterSetName = StepSet, SupportsPaging = true)]
    [OutputType(typeof(StepRequest))]
    public sealed class GetCeligoFlowStepRequestCommand : CeligoCmdlet
    {
        private const string StepSet = "Step";
        private const string PipelineSet = "Pipeline";
        private const string Accepted = "flow steps (from Get-CeligoFlowStep), errors, or objects with FlowId and StepId properties";

        [Parameter(ParameterSetName = StepSet, Mandatory = true, Position = 0)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string? FlowId { get; set; }

        [Parameter(ParameterSetName = StepSet, Mandatory = true, Position = 1)]
        [Alias("_expOrImpId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(StepIdCompleter))]
        public string? StepId { get; set; }

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>Only requests made after this time.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        /// <summary>Only requests made up to this time.</summary>
        [Parameter]
        public DateTime? Until { get; set; }

        /// <summary>Only requests answered with these HTTP statuses.</summary>
        [Parameter]
        [ValidateRange(100, 599)]
        public int[]? StatusCode { get; set; }

        protected override void ProcessRecord()
        {
            string flowId, stepId;
            try
            {
                if (Since.HasValue && Until.HasValue && Since > Until)
                {
                    throw new ArgumentException($"-Since {Since} is after -Until {Until}; swap them.");
                }
                if (ParameterSetName == StepSet)
                {
                    (flowId, stepId) = (RequireId(FlowId, "flow id"), RequireId(StepId, "step id"));
                }
                else
                {
                    var flow = PipeBind.Property(InputObject, "FlowId", "_flowId");
                    var step = PipeBind.Property(InputObject, "StepId", "_expOrImpId");
                    if (flow == null || step == null)
                    {
                        throw PipeBind.WrongKind(InputObject, Accepted);
                    }
                    (flowId, stepId) = (RequireId(flow, "flow id"), RequireId(step, "step id"));
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? StepId);
                return;
            }
            Run(async (output, ct) =>
            {
                var rows = 0;
                await StreamAsync(Client.ListStepRequestsAsync(flowId, stepId, Since, Until, StatusCode, ct), r => r, output, ct, r => ++rows > 0);
                if (rows == 0 && Since == null && Until == null && StatusCode == null)
                {
                    output.Warning($"Step {stepId} of flow {flowId} has no requests logged. integrator.io logs a step's requests only while the debug log of its export or import is on: " +
                        $"set its debugUntil up to 60 minutes ahead, for example Invoke-CeligoRestMethod -Method PATCH -Path exports/{stepId} (or imports/{stepId}) -Body @(@{{ op = 'replace'; path = '/debugUntil'; value = (Get-Date).ToUniversalTime().AddMinutes(30).ToString('o') }}), then run the flow.");
                }
            }, stepId);
        }
    }
}
