using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Completion;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>Lists integrations (optionally by wildcard name) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoIntegration", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Integration))]
    public sealed class GetCeligoIntegrationCommand : CeligoCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [Alias("IntegrationId", "_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string[]? Id { get; set; }

        [Parameter(ParameterSetName = ListSet, Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id!)
                {
                    Run(async (output, ct) =>
                        output.Object(PSObjectFactory.Wrap(await Client.GetIntegrationAsync(RequireId(id, "integration id"), ct), TypeNames.Integration)), id);
                }
                return;
            }
            var name = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            Run((output, ct) => StreamAsync(Client.ListIntegrationsAsync(ct), i => PSObjectFactory.Wrap(i, TypeNames.Integration), output, ct,
                i => name == null || name.IsMatch(i.Name ?? "")));
        }
    }
}
