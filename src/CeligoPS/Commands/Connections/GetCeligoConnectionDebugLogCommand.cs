using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Reads a connection's debug log (turned on for a while with Enable-CeligoConnectionDebug) as lines of text.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoConnectionDebugLog", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(string))]
    public sealed class GetCeligoConnectionDebugLogCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("_connectionId")]
        [ValidateNotNullOrEmpty]
        public string? ConnectionId { get; set; }

        /// <summary>Connections, or objects with a ConnectionId (exports and imports give their connection's log).</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            var connectionId = ParameterSetName == ByIdSet
                ? ConnectionId
                : PipeBind.Unwrap(InputObject) is Connection connection ? connection.Id : PipeBind.Property(InputObject, "ConnectionId", "_connectionId");
            Run(async (output, ct) =>
            {
                var id = RequireId(connectionId ?? throw PipeBind.WrongKind(InputObject, "connections (from Get-CeligoConnection) or objects with a ConnectionId property"), "connection id");
                foreach (var line in await Client.GetConnectionDebugLogAsync(id, ct))
                {
                    output.Object(line);
                }
            }, InputObject ?? connectionId);
        }
    }
}
