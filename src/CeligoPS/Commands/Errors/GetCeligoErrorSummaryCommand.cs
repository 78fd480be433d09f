using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Counts open errors: per flow of an integration, or per step of a flow.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoErrorSummary", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(ErrorSummary))]
    public sealed class GetCeligoErrorSummaryCommand : CeligoCmdlet
    {
        private const string IntegrationSet = "Integration";
        private const string FlowSet = "Flow";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = IntegrationSet, Mandatory = true)]
        [Alias("_integrationId")]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? IntegrationId { get; set; }

        [Parameter(ParameterSetName = FlowSet, Mandatory = true)]
        [Alias("_flowId")]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        /// <summary>Integrations (a row per flow) or flows (a row per step).</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            var input = PipeBind.Unwrap(InputObject);
            var integrationId = ParameterSetName == IntegrationSet ? IntegrationId : input is Integration i ? i.Id : null;
            var flowId = ParameterSetName == FlowSet ? FlowId : input is Flow f ? f.Id : null;
            var integrationOfFlow = input is Flow flow ? flow.IntegrationId : null;
            Run(async (output, ct) =>
            {
                if (integrationId != null)
                {
                    await foreach (var page in Client.GetIntegrationErrorCountsAsync(RequireId(integrationId, "integration id"), ct))
                    {
                        foreach (var summary in page)
                        {
                            output.Object(PSObjectFactory.Tag(summary, TypeNames.ErrorSummary));
                        }
                    }
                    return;
                }
                var id = flowId ?? PipeBind.Property(InputObject, "FlowId", "_flowId")
                         ?? throw PipeBind.WrongKind(InputObject, "integrations or flows (from Get-CeligoIntegration, Get-CeligoFlow), or objects with a FlowId property");
                foreach (var summary in await Client.GetFlowErrorCountsAsync(RequireId(id, "flow id"), integrationOfFlow, ct))
                {
                    output.Object(PSObjectFactory.Tag(summary, TypeNames.ErrorSummary));
                }
            }, InputObject ?? (object?)IntegrationId ?? FlowId);
        }
    }
}
