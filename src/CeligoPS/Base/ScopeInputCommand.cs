using System.Management.Automation;
using CeligoPS.Completion;

namespace CeligoPS.Base
{
    /// <summary>
    /// Commands that ask one question about some integrations and flows (or the whole account): -IntegrationId
    /// and -FlowId, or integrations and flows piped in, all gathered (<see cref="Scope"/>) and used once the
    /// input is in. Named and piped input both empty means the whole account; piped input that was all
    /// refused means nothing (<see cref="AsksForNothing"/>).
    /// </summary>
    public abstract class ScopeInputCommand : CeligoCmdlet
    {
        protected const string ListSet = "List";
        protected const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string[]? IntegrationId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string[]? FlowId { get; set; }

        /// <summary>Integrations or flows (or objects with an IntegrationId or FlowId).</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        private GatheredScope? _scope;

        internal GatheredScope Scope => _scope ??= new GatheredScope(RequireId);

        /// <summary>Piped input that was all refused: the command should ask nothing, rather than about the whole account.</summary>
        internal bool AsksForNothing => ParameterSetName == PipelineSet && Scope.IsEmpty;

        protected override void ProcessRecord() => Scope.Add(this, ParameterSetName == ListSet, IntegrationId, FlowId, InputObject);
    }
}
