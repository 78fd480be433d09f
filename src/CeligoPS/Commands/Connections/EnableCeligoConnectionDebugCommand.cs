using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Turns a connection's debug log on for some minutes (read it with Get-CeligoConnectionDebugLog).</summary>
    [Cmdlet(VerbsLifecycle.Enable, "CeligoConnectionDebug", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Connection))]
    public sealed class EnableCeligoConnectionDebugCommand : IdInputCommand<Connection>
    {
        /// <summary>How long to record, in minutes (integrator.io allows at most 60).</summary>
        [Parameter]
        [ValidateRange(1, 60)]
        public int Minutes { get; set; } = 15;

        /// <summary>Returns the connection with its new debug date.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override string IdProperty => "ConnectionId";
        internal override string Accepted => "connections (from Get-CeligoConnection) or objects with a ConnectionId property";

        protected override void ProcessRecord()
        {
            foreach (var id in IdsOrReport())
            {
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
                        output.Object(await Client.GetAsync(ResourceCollection<Connection>.Connections, id, ct));
                    }
                }, id);
            }
        }
    }
}
