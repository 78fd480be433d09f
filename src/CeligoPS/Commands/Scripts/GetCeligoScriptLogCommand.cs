using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Scripts
{
    /// <summary>What scripts logged while their debug log was on, oldest first.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoScriptLog", DefaultParameterSetName = PipelineSet, SupportsPaging = true)]
    [OutputType(typeof(ScriptLogEntry))]
    public sealed class GetCeligoScriptLogCommand : IdInputCommand<Script>
    {
        [Parameter]
        [ValidateSet("INFO", "WARN", "ERROR", IgnoreCase = true)]
        public string? Level { get; set; }

        /// <summary>Only entries logged after this time.</summary>
        [Parameter]
        public DateTime? Since { get; set; }

        /// <summary>Only entries logged during runs of this flow.</summary>
        [Parameter]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string? FlowId { get; set; }

        internal override string IdProperty => "ScriptId";
        internal override string Accepted => "scripts (from Get-CeligoScript) or objects with a ScriptId property";

        protected override void ProcessRecord()
        {
            foreach (var id in IdsOrReport())
            {
                string? flowId;
                try
                {
                    flowId = FlowId == null ? null : RequireId(FlowId, "flow id");
                }
                catch (ArgumentException e)
                {
                    ReportFailure(e, FlowId);
                    return;
                }
                Run(async (output, ct) =>
                {
                    var entries = 0;
                    await StreamAsync(Client.ListScriptLogsAsync(id, Level?.ToUpperInvariant(), Since, flowId, ct), e => e, output, ct, e => ++entries > 0);
                    if (entries == 0 && Level == null && Since == null && flowId == null)
                    {
                        output.Warning($"Script {id} has logged nothing. integrator.io keeps a script's log only while its debug log is on: run Enable-CeligoScriptDebug -Id {id}, then run a flow that calls it.");
                    }
                }, id);
            }
        }
    }
}
