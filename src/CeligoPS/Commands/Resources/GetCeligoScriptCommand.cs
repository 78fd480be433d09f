using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Lists scripts (optionally by wildcard name) or gets them by id (with their source).</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoScript", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Script))]
    public sealed class GetCeligoScriptCommand : GetResourceCommand<Script>
    {
        internal override ResourceCollection<Script> Collection => ResourceCollection<Script>.Scripts;
    }
}
