using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Creates exports: a name, the connection they read from and their adaptor type, and any other field by its API name.</summary>
    [Cmdlet(VerbsCommon.New, "CeligoExport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Export))]
    public sealed class NewCeligoExportCommand : NewFlowResourceCommand<Export>
    {
        internal override ResourceCollection<Export> Collection => ResourceCollection<Export>.Exports;
    }

    /// <summary>Creates imports: a name, the connection they write to and their adaptor type, and any other field by its API name.</summary>
    [Cmdlet(VerbsCommon.New, "CeligoImport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Import))]
    public sealed class NewCeligoImportCommand : NewFlowResourceCommand<Import>
    {
        internal override ResourceCollection<Import> Collection => ResourceCollection<Import>.Imports;
    }

    /// <summary>What creating an export and an import share: the connection and the adaptor type.</summary>
    public abstract class NewFlowResourceCommand<T> : NewResourceCommand<T> where T : FlowResource
    {
        /// <summary>The connection it uses (none for webhook exports).</summary>
        [Parameter]
        [Alias("_connectionId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ConnectionIdCompleter))]
        public string? ConnectionId { get; set; }

        /// <summary>The adaptor type, as the API spells it (case matters): HTTPExport, NetSuiteExport, HTTPImport, …</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? AdaptorType { get; set; }

        internal override void AddFields(JsonObject document)
        {
            document["adaptorType"] = AdaptorType;
            if (ConnectionId != null)
            {
                document["_connectionId"] = RequireId(ConnectionId, "connection id");
            }
        }
    }

    /// <summary>Changes exports: name and description by name, any other field with -Property (read-merge-write; PATCH covers only debugUntil).</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoExport", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Export))]
    public sealed class SetCeligoExportCommand : SetNamedResourceCommand<Export>
    {
        internal override ResourceCollection<Export> Collection => ResourceCollection<Export>.Exports;
        internal override string IdProperty => "ExportId";

        internal override void AddChanges(JsonObject changes)
        {
        }
    }

    /// <summary>Changes imports: name and description by name, any other field with -Property (read-merge-write; PATCH covers only debugUntil).</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoImport", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Import))]
    public sealed class SetCeligoImportCommand : SetNamedResourceCommand<Import>
    {
        internal override ResourceCollection<Import> Collection => ResourceCollection<Import>.Imports;
        internal override string IdProperty => "ImportId";

        internal override void AddChanges(JsonObject changes)
        {
        }
    }

    /// <summary>Clones exports, with a connection map (or keeping the source's connection).</summary>
    [Cmdlet(VerbsCommon.Copy, "CeligoExport", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CloneItem))]
    public sealed class CopyCeligoExportCommand : CopyFlowResourceCommand<Export>
    {
        internal override ResourceCollection<Export> Collection => ResourceCollection<Export>.Exports;
        internal override string IdProperty => "ExportId";
    }

    /// <summary>Clones imports, with a connection map (or keeping the source's connection).</summary>
    [Cmdlet(VerbsCommon.Copy, "CeligoImport", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CloneItem))]
    public sealed class CopyCeligoImportCommand : CopyFlowResourceCommand<Import>
    {
        internal override ResourceCollection<Import> Collection => ResourceCollection<Import>.Imports;
        internal override string IdProperty => "ImportId";
    }

    /// <summary>What cloning an export and an import share: the one connection the source uses is what a map must cover.</summary>
    public abstract class CopyFlowResourceCommand<T> : CopyResourceCommand<T> where T : FlowResource
    {
        internal override string EnvironmentField => "envId";

        internal override void AddFields(JsonObject body)
        {
        }

        internal override async Task<IReadOnlyList<string>> ConnectionsUsedAsync(string id, CancellationToken ct)
        {
            var source = await Client.GetAsync(Collection, id, ct);
            return string.IsNullOrEmpty(source.ConnectionId) ? new string[0] : new[] { source.ConnectionId! };
        }
    }

    /// <summary>Deletes exports; refuses those a flow uses unless -Force.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoExport", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoExportCommand : RemoveResourceCommand<Export>
    {
        internal override ResourceCollection<Export> Collection => ResourceCollection<Export>.Exports;
        internal override string IdProperty => "ExportId";
    }

    /// <summary>Deletes imports; refuses those a flow uses unless -Force.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoImport", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoImportCommand : RemoveResourceCommand<Import>
    {
        internal override ResourceCollection<Import> Collection => ResourceCollection<Import>.Imports;
        internal override string IdProperty => "ImportId";
    }
}
