using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>Creates an integration (an empty container for flows).</summary>
    [Cmdlet(VerbsCommon.New, "CeligoIntegration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Integration))]
    public sealed class NewCeligoIntegrationCommand : NewResourceCommand<Integration>
    {
        [Parameter]
        public string? Description { get; set; }

        internal override ResourceCollection<Integration> Collection => ResourceCollection<Integration>.Integrations;

        internal override void AddFields(JsonObject document)
        {
            if (Description != null)
            {
                document["description"] = Description;
            }
        }
    }
}
