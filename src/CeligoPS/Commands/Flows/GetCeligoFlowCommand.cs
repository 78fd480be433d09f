using System.Management.Automation;
using CeligoPS.Base;
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
        private const string ByIntegrationSet = "ByIntegration";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [Alias("FlowId", "_flowId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [Parameter(ParameterSetName = ByIntegrationSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        public string? IntegrationId { get; set; }

        [Parameter(ParameterSetName = ByIntegrationSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public Integration? Integration { get; set; }

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
            var integrationId = Integration?.Id ?? (IntegrationId == null ? null : RequireId(IntegrationId, "integration id"));
            var name = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            Run((output, ct) => StreamAsync(Client.ListFlowsAsync(integrationId, ct), f => PSObjectFactory.Wrap(f, TypeNames.Flow), output, ct,
                f => name == null || name.IsMatch(f.Name ?? "")), (object?)integrationId ?? "flows");
        }
    }
}
