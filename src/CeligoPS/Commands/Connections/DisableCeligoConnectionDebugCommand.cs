using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>Turns a connection's debug log off, and with -Clear deletes what it logged.</summary>
    [Cmdlet(VerbsLifecycle.Disable, "CeligoConnectionDebug", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(void))]
    public sealed class DisableCeligoConnectionDebugCommand : IdInputCommand<Connection>
    {
        /// <summary>Also deletes the lines logged so far.</summary>
        [Parameter]
        public SwitchParameter Clear { get; set; }

        internal override string IdProperty => "ConnectionId";
        internal override string Accepted => "connections (from Get-CeligoConnection) or objects with a ConnectionId property";

        protected override void ProcessRecord()
        {
            foreach (var id in IdsOrReport())
            {
                if (ShouldProcess($"connection {id}", Clear ? "Stop the debug log and delete what it logged" : "Stop the debug log"))
                {
                    Run((output, ct) => Client.DisableConnectionDebugAsync(id, Clear, ct), id);
                }
            }
        }
    }
}
