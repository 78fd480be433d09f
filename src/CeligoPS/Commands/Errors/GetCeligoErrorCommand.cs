using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>
    /// Lists open (or resolved) errors of a flow step, of every step of a flow, or those a job left;
    /// flows and jobs can be piped in, and their steps are read several at a time.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CeligoError", DefaultParameterSetName = StepSet, SupportsPaging = true)]
    [OutputType(typeof(StepError))]
    public sealed class GetCeligoErrorCommand : CeligoCmdlet
    {
        private const string StepSet = "Step";
        private const string FlowSet = "Flow";
        private const string JobSet = "Job";

        [Parameter(ParameterSetName = StepSet, Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        [Parameter(ParameterSetName = StepSet, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Alias("_expOrImpId")]
        [ValidateNotNullOrEmpty]
        public string? StepId { get; set; }

        [Parameter(ParameterSetName = FlowSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public Flow? Flow { get; set; }

        [Parameter(ParameterSetName = JobSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public CeligoJob? Job { get; set; }

        [Parameter]
        public SwitchParameter Resolved { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Source { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Classification { get; set; }

        [Parameter]
        public DateTime? Since { get; set; }

        [Parameter]
        public DateTime? Until { get; set; }

        protected override void ProcessRecord()
        {
            var query = ErrorFilter.Build(this, Resolved, Source, Classification, Since, Until);
            object toOutput(StepError e) => PSObjectFactory.Wrap(e, TypeNames.Error);
            switch (ParameterSetName)
            {
                case FlowSet:
                    var flow = Flow!;
                    Run((output, ct) => StreamAsync(Client.ListFlowErrorsAsync(flow, query, (e, what) => output.Error(e, what), ct), toOutput, output, ct), flow.Id);
                    break;
                case JobSet:
                    var job = Job!;
                    Run((output, ct) => StreamAsync(Client.ListJobErrorsAsync(job, query, (e, what) => output.Error(e, what), ct), toOutput, output, ct), job.Id);
                    break;
                default:
                    var flowIdText = FlowId;
                    var stepIdText = StepId;
                    Run(async (output, ct) =>
                    {
                        var flowId = RequireId(flowIdText, "flow id");
                        if (stepIdText == null)
                        {
                            var whole = await Client.GetFlowAsync(flowId, ct);
                            await StreamAsync(Client.ListFlowErrorsAsync(whole, query, (e, what) => output.Error(e, what), ct), toOutput, output, ct);
                        }
                        else
                        {
                            await StreamAsync(Client.ListErrorsAsync(flowId, RequireId(stepIdText, "step id"), query, ct), toOutput, output, ct);
                        }
                    }, stepIdText ?? flowIdText);
                    break;
            }
        }
    }
}
