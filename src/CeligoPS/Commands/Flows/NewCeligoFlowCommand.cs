using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Flows
{
    /// <summary>
    /// Creates a flow from existing exports (its sources) and imports (its steps, in order). It is
    /// created disabled, so it cannot run before it is checked: a flow created enabled with a schedule
    /// runs at once.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "CeligoFlow", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Flow))]
    public sealed class NewCeligoFlowCommand : NewResourceCommand<Flow>
    {
        [Parameter(Mandatory = true)]
        [Alias("_integrationId")]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? IntegrationId { get; set; }

        /// <summary>The exports the flow starts from (page generators).</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[]? ExportId { get; set; }

        /// <summary>The imports records go to, in order (page processors).</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string[]? ImportId { get; set; }

        /// <summary>A Celigo cron string, e.g. '? 0 2 ? * *'.</summary>
        [Parameter]
        public string? Schedule { get; set; }

        /// <summary>Create the flow enabled (it may run at once if it has a schedule).</summary>
        [Parameter]
        public SwitchParameter Enabled { get; set; }

        internal override ResourceCollection<Flow> Collection => ResourceCollection<Flow>.Flows;

        internal override void AddFields(JsonObject document)
        {
            document["_integrationId"] = RequireId(IntegrationId, "integration id");
            document["disabled"] = !Enabled;
            document["pageGenerators"] = new JsonArray(ExportId!.Select(id => (JsonNode)new JsonObject { ["_exportId"] = RequireId(id, "export id") }).ToArray());
            document["pageProcessors"] = new JsonArray(ImportId!.Select(id => (JsonNode)new JsonObject { ["type"] = "import", ["_importId"] = RequireId(id, "import id") }).ToArray());
            if (Schedule != null)
            {
                document["schedule"] = Schedule;
            }
        }
    }
}
