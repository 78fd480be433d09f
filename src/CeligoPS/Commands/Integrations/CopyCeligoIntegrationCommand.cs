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

namespace CeligoPS.Commands.Integrations
{
    /// <summary>Clones integrations with their flows, for example to a sandbox environment with a connection map, or beside the source keeping its connections.</summary>
    [Cmdlet(VerbsCommon.Copy, "CeligoIntegration", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CloneItem))]
    public sealed class CopyCeligoIntegrationCommand : CopyResourceCommand<Integration>
    {
        internal override ResourceCollection<Integration> Collection => ResourceCollection<Integration>.Integrations;
        internal override string IdProperty => "IntegrationId";
        internal override string EnvironmentField => "_envId";

        internal override void AddFields(JsonObject body)
        {
        }

        internal override async Task<IReadOnlyList<string>> ConnectionsUsedAsync(string id, CancellationToken ct)
        {
            var used = new SortedSet<string>(StringComparer.Ordinal);
            await foreach (var page in Client.ListAsync(ResourceCollection<Export>.Exports, id, ct))
            {
                used.UnionWith(page.Select(e => e.ConnectionId).OfType<string>().Where(c => c.Length > 0));
            }
            await foreach (var page in Client.ListAsync(ResourceCollection<Import>.Imports, id, ct))
            {
                used.UnionWith(page.Select(i => i.ConnectionId).OfType<string>().Where(c => c.Length > 0));
            }
            return used.ToList();
        }
    }
}
