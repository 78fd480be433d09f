using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Creates a connection of a type, with its configuration block (for example @{ baseURI = ...; auth = ... } for http).</summary>
    [Cmdlet(VerbsCommon.New, "CeligoConnection", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Connection))]
    public sealed class NewCeligoConnectionCommand : NewResourceCommand<Connection>
    {
        [Parameter(Mandatory = true)]
        [ValidateSet("http", "netsuite", "salesforce", "ftp", "s3", "rdbms", "mongodb", "as2", "wrapper", "filesystem", "dynamodb", "jdbc", "van", "rest", "mcp")]
        public string? Type { get; set; }

        /// <summary>The configuration block named after the type (the http block of an http connection...).</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Configuration { get; set; }

        internal override ResourceCollection<Connection> Collection => ResourceCollection<Connection>.Connections;

        internal override void AddFields(JsonObject document)
        {
            document["type"] = Type;
            if (Configuration != null)
            {
                document[Type!] = PSJsonNodes.FromTable(Configuration);
            }
        }
    }
}
