using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using System.Text.Json.Nodes;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Clones integrations or flows: a new name, a map from the source's connections to the ones the copy
    /// should use, and a target environment. Returns what the clone created (integration, flows, exports,
    /// imports). The clone POST creates documents, so it is never re-sent after a timeout or 5xx.
    /// </summary>
    public abstract class CopyResourceCommand<T> : ResourceTargetCommand<T> where T : CeligoResource
    {
        /// <summary>The copy's name (default: the API's, "Clone - " and the source's name).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Source connection id = connection id the copy uses: @{ '&lt;source&gt;' = '&lt;target&gt;' }.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? ConnectionMap { get; set; }

        /// <summary>The environment to create the copy in (multi-environment accounts).</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? EnvironmentId { get; set; }

        /// <summary>The body's other fields for this kind (a flow's target integration...).</summary>
        internal abstract void AddFields(JsonObject body);

        /// <summary>The connections the source's exports and imports use.</summary>
        internal abstract Task<IReadOnlyList<string>> ConnectionsUsedAsync(string id, CancellationToken ct);

        /// <summary>
        /// With no -ConnectionMap and no -EnvironmentId the copy lands beside the source, so it keeps the
        /// source's connections: the API insists on a map whenever the flows use connections, and
        /// mapping each connection to itself is what "keep them" means to it.
        /// </summary>
        private bool KeepsConnections => ConnectionMap == null && EnvironmentId == null;

        /// <summary>The field that carries the target environment (integrations: _envId; flows: envId, as the CLI sends).</summary>
        internal abstract string EnvironmentField { get; }

        protected override void ProcessRecord()
        {
            var body = new JsonObject();
            try
            {
                if (Name != null)
                {
                    body["name"] = Name;
                }
                if (ConnectionMap != null)
                {
                    var map = new JsonObject();
                    foreach (DictionaryEntry pair in ConnectionMap)
                    {
                        map[RequireId(pair.Key.ToString(), "source connection id")] = RequireId(pair.Value?.ToString(), "target connection id");
                    }
                    body["connectionMap"] = map;
                }
                if (EnvironmentId != null)
                {
                    body[EnvironmentField] = EnvironmentId;
                }
                AddFields(body);
            }
            catch (System.ArgumentException e)
            {
                ReportFailure(e, InputObject ?? Id);
                return;
            }
            ChangeEach(KeepsConnections ? "Clone, keeping the source's connections" : "Clone", async (id, output, ct) =>
            {
                var request = (JsonObject)body.DeepClone();
                if (KeepsConnections)
                {
                    var connections = await ConnectionsUsedAsync(id, ct);
                    output.Verbose(connections.Count == 0
                        ? "No -ConnectionMap: the source uses no connections."
                        : $"No -ConnectionMap: the copy keeps the source's connection(s) {string.Join(", ", connections)}.");
                    var map = new JsonObject();
                    foreach (var connection in connections)
                    {
                        map[connection] = connection;
                    }
                    request["connectionMap"] = map;
                }
                foreach (var item in await Client.CloneAsync(new ResourceRef(Collection.Path, id), request, ct))
                {
                    output.Object(PSObjectFactory.Tag(item, TypeNames.CloneItem));
                }
            });
        }
    }
}
