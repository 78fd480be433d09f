using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Lists connections (all, or an integration's; optionally by wildcard name) or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoConnection", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(Connection))]
    public sealed class GetCeligoConnectionCommand : GetIntegrationResourceCommand<Connection>
    {
        internal override ResourceCollection<Connection> Collection => ResourceCollection<Connection>.Connections;
    }
}
