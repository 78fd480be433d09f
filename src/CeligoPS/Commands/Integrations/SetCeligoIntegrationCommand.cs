using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>Changes integrations: settings by PATCH; name, description and any other field with GET-merge-PUT.</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoIntegration", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Integration))]
    public sealed class SetCeligoIntegrationCommand : SetNamedResourceCommand<Integration>
    {
        /// <summary>The integration's settings object, replaced as a whole.</summary>
        [Parameter]
        public Hashtable? Settings { get; set; }

        internal override ResourceCollection<Integration> Collection => ResourceCollection<Integration>.Integrations;
        internal override string IdProperty => "IntegrationId";

        // The CLI's PATCH list for integrations; name and description are not on it.

        internal override void AddChanges(JsonObject changes) => Put(changes, "settings", Settings);
    }
}
