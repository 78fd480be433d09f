using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Deletes connections; refuses those exports, imports or integrations use unless -Force.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoConnection", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoConnectionCommand : RemoveResourceCommand<Connection>
    {
        internal override ResourceCollection<Connection> Collection => ResourceCollection<Connection>.Connections;
        internal override string IdProperty => "ConnectionId";
    }

    /// <summary>Registers connections on an integration, so that it lists them and its installs and clones know them (one call for all).</summary>
    [Cmdlet(VerbsLifecycle.Register, "CeligoConnection", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class RegisterCeligoConnectionCommand : IdInputCommand<Connection>
    {
        [Parameter(Mandatory = true)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        internal override string IdProperty => "ConnectionId";
        internal override string Accepted => "connections (from Get-CeligoConnection) or objects with a ConnectionId property";

        private readonly List<string> _connections = new List<string>();

        protected override void ProcessRecord() => _connections.AddRange(IdsOrReport());

        protected override void EndProcessing()
        {
            string integrationId;
            try
            {
                integrationId = RequireId(IntegrationId, "integration id");
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, IntegrationId);
                base.EndProcessing();
                return;
            }
            var ids = _connections.Distinct(StringComparer.Ordinal).ToList();
            if (ids.Count > 0 && ShouldProcess($"integration {integrationId}", $"Register connection(s) {string.Join(", ", ids)}"))
            {
                Run((output, ct) => Client.RegisterConnectionsAsync(integrationId, ids, ct), integrationId);
            }
            base.EndProcessing();
        }
    }

    /// <summary>Deregisters connections from an integration (the connections stay; the integration no longer lists them).</summary>
    [Cmdlet(VerbsLifecycle.Unregister, "CeligoConnection", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class UnregisterCeligoConnectionCommand : IdInputCommand<Connection>
    {
        [Parameter(Mandatory = true)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        internal override string IdProperty => "ConnectionId";
        internal override string Accepted => "connections (from Get-CeligoConnection) or objects with a ConnectionId property";

        protected override void ProcessRecord()
        {
            string integrationId;
            try
            {
                integrationId = RequireId(IntegrationId, "integration id");
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, IntegrationId);
                return;
            }
            foreach (var id in IdsOrReport())
            {
                if (ShouldProcess($"connection {id}", $"Deregister from integration {integrationId}"))
                {
                    Run((output, ct) => Client.UnregisterConnectionAsync(integrationId, id, ct), id);
                }
            }
        }
    }

    /// <summary>
    /// Points exports and imports that use one connection at another: those piped in, the steps of piped
    /// flows, or the steps of -FlowId. Returns each changed export or import as read back.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CeligoConnectionReference", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Export), typeof(Import))]
    public sealed class SetCeligoConnectionReferenceCommand : CeligoCmdlet
    {
        private const string PipelineSet = "Pipeline";
        private const string FlowSet = "Flow";
        private const string Accepted = "exports, imports, flow steps or flows (from their Get-Celigo commands)";

        /// <summary>The connection the resources use now.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionIdCompleter))]
        public string? ConnectionId { get; set; }

        /// <summary>The connection they use from now on.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionIdCompleter))]
        public string? NewConnectionId { get; set; }

        [Parameter(ParameterSetName = FlowSet, Mandatory = true)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string[]? FlowId { get; set; }

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            string from, to;
            try
            {
                (from, to) = (RequireId(ConnectionId, "connection id"), RequireId(NewConnectionId, "connection id"));
                if (from == to)
                {
                    throw new ArgumentException("-ConnectionId and -NewConnectionId are the same connection; nothing would change.");
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, ConnectionId);
                return;
            }
            var input = PipeBind.Unwrap(InputObject);
            var flows = ParameterSetName == FlowSet ? FlowId! : input is Flow flow ? new[] { flow.Id } : new string[0];
            if (ParameterSetName == PipelineSet && !(input is Flow || input is Export || input is Import || input is FlowStep))
            {
                ReportFailure(PipeBind.WrongKind(InputObject, Accepted), InputObject);
                return;
            }
            Run(async (output, ct) =>
            {
                var resources = new List<FlowResource>();
                foreach (var flowId in flows)
                {
                    resources.AddRange((await Client.GetFlowDescendantsAsync(RequireId(flowId, "flow id"), ct)).Resources());
                }
                switch (input)
                {
                    case FlowResource resource:
                        resources.Add(resource);
                        break;
                    case FlowStep step when step.Resource != null:
                        resources.Add(step.Resource);
                        break;
                }
                foreach (var resource in resources.GroupBy(r => r.Id).Select(g => g.First()))
                {
                    if (resource.ConnectionId != from)
                    {
                        output.Verbose($"{Kind(resource)} {resource.Name ?? resource.Id} uses connection {resource.ConnectionId ?? "(none)"}, not {from}; left as is.");
                        continue;
                    }
                    if (!output.Ask(() => ShouldProcess($"{Kind(resource)} '{resource.Name}' ({resource.Id})", $"Use connection {to} instead of {from}")))
                    {
                        continue;
                    }
                    output.Object(resource is Import
                        ? (object)await Client.ReplaceConnectionAsync(ResourceCollection<Import>.Imports, resource.Id, to, ct)
                        : await Client.ReplaceConnectionAsync(ResourceCollection<Export>.Exports, resource.Id, to, ct));
                }
            }, InputObject ?? FlowId);
        }

        private static string Kind(FlowResource resource) => resource is Import ? "import" : "export";
    }
}
