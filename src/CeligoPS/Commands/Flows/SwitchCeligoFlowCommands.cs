using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Flows
{
    /// <summary>
    /// Turns flows on or off: PATCH /disabled, the only way the API offers (no enable/disable routes
    /// outside SuiteScript integrations). A disabled flow does not run on schedule and refuses retries.
    /// </summary>
    public abstract class SwitchCeligoFlowCommand : UpdateResourceCommand<Flow>
    {
        internal override ResourceCollection<Flow> Collection => ResourceCollection<Flow>.Flows;
        internal override string IdProperty => "FlowId";

        internal abstract bool Disabled { get; }

        protected override void ProcessRecord() =>
            UpdateEach(Disabled ? "Disable" : "Enable", (id, ct) =>
                Client.PatchAsync(Collection, id, new JsonPatch().Replace("disabled", JsonValue.Create(Disabled)), ct));
    }

    /// <summary>Turns flows on: they run on their schedule again and accept runs and retries.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "CeligoFlow", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Flow))]
    public sealed class EnableCeligoFlowCommand : SwitchCeligoFlowCommand
    {
        internal override bool Disabled => false;
    }

    /// <summary>Turns flows off, for example before changing them.</summary>
    [Cmdlet(VerbsLifecycle.Disable, "CeligoFlow", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Flow))]
    public sealed class DisableCeligoFlowCommand : SwitchCeligoFlowCommand
    {
        internal override bool Disabled => true;
    }
}
