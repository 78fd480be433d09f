using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Turns a connection's debug log on for some minutes (read it with Get-CeligoConnectionDebugLog).</summary>
    [Cmdlet(VerbsLifecycle.Enable, "CeligoConnectionDebug", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Connection))]
    public sealed class EnableCeligoConnectionDebugCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("ConnectionId", "_connectionId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>Connections (from Get-CeligoConnection), or objects with a ConnectionId.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>How long to record, in minutes (integrator.io allows at most 60).</summary>
        [Parameter]
        [ValidateRange(1, 60)]
        public int Minutes { get; set; } = 15;

        /// <summary>Returns the connection with its new debug date.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var ids = ParameterSetName == ByIdSet
                ? Id!
                : new[] { (PipeBind.Unwrap(InputObject) as Connection)?.Id ?? PipeBind.Property(InputObject, "ConnectionId", "_connectionId") };
            foreach (var text in ids)
            {
                string id;
                try
                {
                    id = RequireId(text ?? throw PipeBind.WrongKind(InputObject, "connections (from Get-CeligoConnection) or objects with a ConnectionId property"), "connection id");
                }
                catch (ArgumentException e)
                {
                    ReportFailure(e, InputObject);
                    continue;
                }
                var until = DateTime.Now.AddMinutes(Minutes);
                if (!ShouldProcess($"connection {id}", $"Record debug log until {until:t}"))
                {
                    continue;
                }
                Run(async (output, ct) =>
                {
                    await Client.EnableConnectionDebugAsync(id, until, ct);
                    if (PassThru)
                    {
                        output.Object(PSObjectFactory.Wrap(await Client.GetAsync(CeligoPS.Client.Api.ResourceCollection<Connection>.Connections, id, ct), TypeNames.Connection));
                    }
                }, id);
            }
        }
    }
}
