using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Lists exports (all, or an integration's; optionally by wildcard name) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoExport", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Export))]
    public sealed class GetCeligoExportCommand : GetIntegrationResourceCommand<Export>
    {
        internal override ResourceCollection<Export> Collection => ResourceCollection<Export>.Exports;
    }
}
