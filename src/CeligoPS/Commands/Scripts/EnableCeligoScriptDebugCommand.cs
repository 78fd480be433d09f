using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Scripts
{
    /// <summary>Turns a script's debug log on for some minutes (read it with Get-CeligoScriptLog).</summary>
    [Cmdlet(VerbsLifecycle.Enable, "CeligoScriptDebug", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Script))]
    public sealed class EnableCeligoScriptDebugCommand : IdInputCommand<Script>
    {
        /// <summary>How long to record, in minutes (integrator.io allows at most 60).</summary>
        [Parameter]
        [ValidateRange(1, 60)]
        public int Minutes { get; set; } = 15;

        /// <summary>Returns the script with its new debugUntil.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal override string IdProperty => "ScriptId";
        internal override string Accepted => "scripts (from Get-CeligoScript) or objects with a ScriptId property";

        protected override void ProcessRecord()
        {
            foreach (var id in IdsOrReport())
            {
                var until = DateTime.Now.AddMinutes(Minutes);
                if (!ShouldProcess($"script {id}", $"Record debug log until {until:t}"))
                {
                    continue;
                }
                Run(async (output, ct) =>
                {
                    await Client.EnableScriptDebugAsync(id, until, ct);
                    if (PassThru)
                    {
                        output.Object(await Client.GetAsync(ResourceCollection<Script>.Scripts, id, ct));
                    }
                }, id);
            }
        }
    }
}
