using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Pings connections (is the endpoint reachable with the stored credentials?) and says whether each is online.</summary>
    [Cmdlet(VerbsDiagnostic.Test, "CeligoConnection", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(ConnectionTestResult))]
    public sealed class TestCeligoConnectionCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("ConnectionId", "_connectionId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>Connections (from Get-CeligoConnection), or objects with a ConnectionId (exports, imports).</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            var piped = PipeBind.Unwrap(InputObject) as Connection;
            var ids = ParameterSetName == ByIdSet ? Id! : new[] { piped?.Id ?? PipeBind.Property(InputObject, "ConnectionId", "_connectionId") };
            foreach (var text in ids)
            {
                Run(async (output, ct) =>
                {
                    var id = RequireId(text ?? throw PipeBind.WrongKind(InputObject, "connections (from Get-CeligoConnection) or objects with a ConnectionId property"), "connection id");
                    var result = await Client.PingConnectionAsync(id, ct);
                    output.Object(new ConnectionTestResult(id, piped?.Name, result.Online, result.Message, result.Elapsed));
                }, (object?)text ?? InputObject);
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
            Elapsed = elapsed;
        }

        public string ConnectionId { get; }
        public string? Name { get; }
        public bool Online { get; }

        /// <summary>Why it is offline, as the API said.</summary>
        public string? Message { get; }

        public TimeSpan Elapsed { get; }
    }
}
