using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;

namespace CeligoPS.Base
{
    /// <summary>
    /// Commands about any resource (dependencies, audit log, state): -ResourceType and -Id, or the
    /// resource piped in. Subclasses decide whether "no resource" means the whole account.
    /// </summary>
    public abstract class ResourceInputCommand : CeligoCmdlet
    {
        protected const string ByIdSet = "ById";
        protected const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [ValidateSet("integrations", "flows", "connections", "exports", "imports", "scripts", "lookupcaches", IgnoreCase = true)]
        public string? ResourceType { get; set; }

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        /// <summary>Integrations, flows, connections, exports, imports, scripts or lookup caches.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>The resource named by the parameters or the pipeline; null when neither names one.</summary>
        internal ResourceRef? Resource() => ParameterSetName switch
        {
            ByIdSet => new ResourceRef(ResourceType!, RequireId(Id, "resource id")),
            PipelineSet => PipeBind.Resource(InputObject) is var r ? new ResourceRef(r.Type, RequireId(r.Id, r.Type + " id")) : null,
            _ => null,
        };

        protected override void ProcessRecord() =>
            Run((output, ct) => ForResourceAsync(Resource(), output, ct), InputObject ?? Id);

        internal abstract Task ForResourceAsync(ResourceRef? resource, AsyncOutput output, CancellationToken ct);
    }
}
