using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Flows
{
    /// <summary>Clones flows into an integration, with a connection map (the API requires one when the flow uses connections).</summary>
    [Cmdlet(VerbsCommon.Copy, "CeligoFlow", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CloneItem))]
    public sealed class CopyCeligoFlowCommand : CopyResourceCommand<Flow>
    {
        /// <summary>The integration the copy goes into.</summary>
        [Parameter(Mandatory = true)]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? IntegrationId { get; set; }

        /// <summary>The flow group (section) of the target integration to put the copy in.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? FlowGroupingId { get; set; }

        internal override ResourceCollection<Flow> Collection => ResourceCollection<Flow>.Flows;
        internal override string IdProperty => "FlowId";
        internal override string EnvironmentField => "envId";

        internal override async Task<IReadOnlyList<string>> ConnectionsUsedAsync(string id, CancellationToken ct)
        {
            var steps = await Client.GetFlowDescendantsAsync(id, ct);
            return steps.Resources().Select(r => r.ConnectionId).OfType<string>().Where(c => c.Length > 0).Distinct().OrderBy(c => c, StringComparer.Ordinal).ToList();
        }

        internal override void AddFields(JsonObject body)
        {
            body["_integrationId"] = RequireId(IntegrationId, "integration id");
            if (FlowGroupingId != null)
            {
                body["_flowGroupingId"] = RequireId(FlowGroupingId, "flow grouping id");
            }
        }
    }
}
