using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Flows
{
    /// <summary>Changes flows: name, description, schedule and time zone by PATCH; any other field with -Property.</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoFlow", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Flow))]
    public sealed class SetCeligoFlowCommand : SetNamedResourceCommand<Flow>
    {
        /// <summary>A Celigo cron string whose first (seconds) field is ?, e.g. '? 0 2 ? * *'.</summary>
        [Parameter]
        public string? Schedule { get; set; }

        /// <summary>An IANA time zone name, e.g. Europe/Berlin.</summary>
        [Parameter]
        public string? Timezone { get; set; }

        internal override ResourceCollection<Flow> Collection => ResourceCollection<Flow>.Flows;
        internal override string IdProperty => "FlowId";

        internal override void AddChanges(JsonObject changes)
        {
            Put(changes, "schedule", Schedule);
            Put(changes, "timezone", Timezone);
        }
    }
}
