using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Lists imports (all, or an integration's; optionally by wildcard name) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoImport", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Import))]
    public sealed class GetCeligoImportCommand : GetIntegrationResourceCommand<Import>
    {
        internal override ResourceCollection<Import> Collection => ResourceCollection<Import>.Imports;
    }
}
