using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Pings connections (is the endpoint reachable with the stored credentials?) and says whether each is online.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "CeligoConnection", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(ConnectionTestResult))]
    public sealed class TestCeligoConnectionCommand : IdInputCommand<Connection>
    {
        internal override string IdProperty => "ConnectionId";
        internal override string Accepted => "connections (from Get-CeligoConnection) or objects with a ConnectionId property";

        protected override void ProcessRecord()
        {
            var name = Piped?.Name;
            foreach (var id in IdsOrReport())
            {
                Run(async (output, ct) =>
                {
                    var result = await Client.PingConnectionAsync(id, ct);
                    output.Object(new ConnectionTestResult(id, name, result.Online, result.Message, result.Elapsed));
                }, id);
            }
        }
    }

    /// <summary>The answer to one ping.</summary>
    public sealed class ConnectionTestResult
    {
        public ConnectionTestResult(string connectionId, string? name, bool online, string? message, TimeSpan elapsed)
        {
            ConnectionId = connectionId;
            Name = name;
            Online = online;
            Message = message;
            ElapsedSeconds = Math.Round(elapsed.TotalSeconds, 3);
        }

        // Name first: the order Export-Csv and ConvertTo-Json write.
        public string? Name { get; }
        public string ConnectionId { get; }
        public bool Online { get; }

        /// <summary>Why it is offline, as the API said.</summary>
        public string? Message { get; }

        /// <summary>How long the ping took, in seconds (one number in ConvertTo-Json and Export-Csv, not a TimeSpan's fields).</summary>
        public double ElapsedSeconds { get; }
    }
}
