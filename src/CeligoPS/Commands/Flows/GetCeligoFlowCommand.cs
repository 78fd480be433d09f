using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Completion;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Flows
{
    /// <summary>Lists flows (all, or an integration's; optionally by wildcard name) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoFlow", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Flow))]
    public sealed class GetCeligoFlowCommand : CeligoCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [Alias("FlowId", "_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string[]? Id { get; set; }

        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [Parameter(ParameterSetName = PipelineSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        /// <summary>Integrations (or objects with an IntegrationId) whose flows to list.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id!)
                {
                    Run(async (output, ct) => output.Object(PSObjectFactory.Wrap(await Client.GetFlowAsync(RequireId(id, "flow id"), ct), TypeNames.Flow)), id);
                }
                return;
            }
            string? integrationId;
            try
            {
                integrationId = ParameterSetName == PipelineSet ? IntegrationOf(InputObject) : IntegrationId == null ? null : RequireId(IntegrationId, "integration id");
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? IntegrationId);
                return;
            }
            var name = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            Run((output, ct) => StreamAsync(Client.ListFlowsAsync(integrationId, ct), f => PSObjectFactory.Wrap(f, TypeNames.Flow), output, ct,
                f => name == null || name.IsMatch(f.Name ?? "")), (object?)integrationId ?? "flows");
        }

        private static string IntegrationOf(object? input) => PipeBind.Unwrap(input) is Integration integration
            ? integration.Id
            : RequireId(PipeBind.Property(input, "IntegrationId", "_integrationId")
                        ?? throw PipeBind.WrongKind(input, "integrations (from Get-CeligoIntegration) or objects with an IntegrationId property"), "integration id");
    }
}
