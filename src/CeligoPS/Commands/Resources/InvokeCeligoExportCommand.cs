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
    public sealed class InvokeCeligoExportCommand : IdInputCommand<Export>
    {
        internal override string IdProperty => "ExportId";
        internal override string Accepted => "exports (from Get-CeligoExport) or objects with an ExportId property";

        protected override void ProcessRecord()
        {
            foreach (var id in IdsOrReport())
            {
                Run((output, ct) => StreamAsync(Client.InvokeExportAsync(id, ct), record => PSObjectFactory.ToPowerShell(record)!, output, ct), id);
            }
        }
    }
}
