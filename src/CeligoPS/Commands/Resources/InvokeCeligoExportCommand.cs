using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>
    /// Runs an export on its own and returns its records as objects, page by page (no job is created and
    /// the flow's delta checkpoint does not move).
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CeligoExport", DefaultParameterSetName = PipelineSet, SupportsPaging = true)]
    [OutputType(typeof(PSObject))]
    public sealed class InvokeCeligoExportCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("ExportId", "_exportId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>Exports (from Get-CeligoExport), or objects with an ExportId.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            var ids = ParameterSetName == ByIdSet
                ? Id!
                : new[] { (PipeBind.Unwrap(InputObject) as Export)?.Id ?? PipeBind.Property(InputObject, "ExportId", "_exportId") };
            foreach (var text in ids)
            {
                Run((output, ct) =>
                {
                    var id = RequireId(text ?? throw PipeBind.WrongKind(InputObject, "exports (from Get-CeligoExport) or objects with an ExportId property"), "export id");
                    return StreamAsync(Client.InvokeExportAsync(id, ct), record => PSObjectFactory.ToPowerShell(record)!, output, ct);
                }, (object?)text ?? InputObject);
            }
        }
    }
}
