using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>Deletes integrations; refuses those with dependants (their flows, connections...) unless -Force.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoIntegration", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoIntegrationCommand : RemoveResourceCommand<Integration>
    {
        internal override ResourceCollection<Integration> Collection => ResourceCollection<Integration>.Integrations;
        internal override string IdProperty => "IntegrationId";
    }
}
