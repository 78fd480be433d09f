using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Completion;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>
    /// Lists open (or resolved) errors of a flow step, of every step of a flow, of the flows of an
    /// integration, or those a job left. Steps are read several at a time and errors stream as they come.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CeligoError", DefaultParameterSetName = PipelineSet, SupportsPaging = true)]
    [OutputType(typeof(StepError))]
    public sealed class GetCeligoErrorCommand : CeligoCmdlet
    {
        private const string StepSet = "Step";
        private const string PipelineSet = "Pipeline";
        private const string Accepted = "flows, jobs and integrations (from Get-CeligoFlow, Get-CeligoJob, Get-CeligoIntegration), or objects with FlowId and StepId properties";

        [Parameter(ParameterSetName = StepSet, Mandatory = true, Position = 0)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string? FlowId { get; set; }

        [Parameter(ParameterSetName = StepSet, Position = 1)]
        [Alias("_expOrImpId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.StepIdCompleter))]
        public string? StepId { get; set; }

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        [Parameter]
        public SwitchParameter Resolved { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ErrorSourceCompleter))]
        public string[]? Source { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ErrorClassificationCompleter))]
        public string[]? Classification { get; set; }

        [Parameter]
        public DateTime? Since { get; set; }

        [Parameter]
        public DateTime? Until { get; set; }

        protected override void ProcessRecord()
        {
            var query = ErrorFilter.Build(this, Resolved, Source, Classification, Since, Until);
            var input = ParameterSetName == StepSet ? null : PipeBind.Unwrap(InputObject);
            Func<AsyncOutput, CancellationToken, Task> work;
            try
            {
                work = WorkFor(input, query);
            }
            catch (ArgumentException e)
            {
                // Refused here, in input order and before any request.
                ReportFailure(e, InputObject ?? FlowId);
                return;
            }
            // Records overlap: the next flow's summary goes out while this one's steps are listed.
            RunOverlapped(work, input ?? (object?)FlowId);
        }

        private Func<AsyncOutput, CancellationToken, Task> WorkFor(object? input, ErrorQuery query)
        {
            switch (input)
            {
                case Flow flow:
                    PrefetchNames(flow);
                    return (output, ct) => Stream(Client.ListFlowErrorsAsync(flow, query, (e, what) => output.Error(e, what), ct), output, ct);
                case CeligoJob job:
                    PrefetchNames(job.FlowId);
                    return (output, ct) => Stream(Client.ListJobErrorsAsync(job, query, (e, what) => output.Error(e, what), ct), output, ct);
                case Integration integration:
                    return (output, ct) => ForIntegrationAsync(integration.Id, query, output, ct);
            }
            var flowIdText = input == null ? FlowId : PipeBind.Property(InputObject, "FlowId", "_flowId");
            var stepIdText = input == null ? StepId : PipeBind.Property(InputObject, "StepId", "_expOrImpId");
            if (flowIdText == null)
            {
                throw PipeBind.WrongKind(InputObject, Accepted);
            }
            var flowId = RequireId(flowIdText, "flow id");
            var stepId = stepIdText == null ? null : RequireId(stepIdText, "step id");
            PrefetchNames(flowId);
            return (output, ct) => ForIdsAsync(flowId, stepId, query, output, ct);
        }

        private Task Stream(IAsyncEnumerable<IReadOnlyList<StepError>> pages, AsyncOutput output, CancellationToken ct) =>
            StreamAsync(Names.NameErrorsAsync(pages, ct), e => e, output, ct);

        private async Task ForIdsAsync(string flowId, string? stepId, ErrorQuery query, AsyncOutput output, CancellationToken ct)
        {
            if (stepId != null)
            {
                await Stream(Client.ListErrorsAsync(flowId, stepId, query, ct), output, ct);
                return;
            }
            var flow = await Client.GetFlowAsync(flowId, ct);
            await Stream(Client.ListFlowErrorsAsync(flow, query, (e, what) => output.Error(e, what), ct), output, ct);
        }

        private Task ForIntegrationAsync(string integrationId, ErrorQuery query, AsyncOutput output, CancellationToken ct) =>
            Stream(Client.ListIntegrationErrorsAsync(integrationId, query, flow => Names.Prefetch(flow, ct), (e, what) => output.Error(e, what), ct), output, ct);
    }
}
