using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>Clones integrations with their flows, for example to a sandbox environment, with a connection map.</summary>
    [Cmdlet(VerbsCommon.Copy, "CeligoIntegration", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CloneItem))]
    public sealed class CopyCeligoIntegrationCommand : CopyResourceCommand<Integration>
    {
        internal override ResourceCollection<Integration> Collection => ResourceCollection<Integration>.Integrations;
        internal override string TypeName => TypeNames.Integration;
        internal override string IdProperty => "IntegrationId";
        internal override string EnvironmentField => "_envId";

        internal override void AddFields(JsonObject body)
        {
        }
    }
}
