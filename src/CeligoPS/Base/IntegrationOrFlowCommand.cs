using System;
using System.Management.Automation;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Base
{
    /// <summary>
    /// Commands that work on an integration or a flow alike (error summaries, templates): -IntegrationId,
    /// -FlowId, or integrations and flows piped in.
    /// </summary>
    public abstract class IntegrationOrFlowCommand : CeligoCmdlet
    {
        protected const string IntegrationSet = "Integration";
        protected const string FlowSet = "Flow";
        protected const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = IntegrationSet, Mandatory = true)]
        [Alias("_integrationId")]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? IntegrationId { get; set; }

        [Parameter(ParameterSetName = FlowSet, Mandatory = true)]
        [Alias("_flowId")]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        /// <summary>Integrations or flows (from Get-CeligoIntegration, Get-CeligoFlow).</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>
        /// The integration or flow this record is about: its reference, and the piped object when there
        /// is one (null for ids). Objects of another kind are refused with what the command takes.
        /// </summary>
        internal (ResourceRef Resource, NamedResource? Piped) Target()
        {
            switch (ParameterSetName)
            {
                case IntegrationSet:
                    return (new ResourceRef("integrations", RequireId(IntegrationId, "integration id")), null);
                case FlowSet:
                    return (new ResourceRef("flows", RequireId(FlowId, "flow id")), null);
                default:
                    var input = PipeBind.Unwrap(InputObject);
                    if (input is Integration || input is Flow)
                    {
                        return (ResourceRef.Of(input)!, (NamedResource)input);
                    }
                    throw PipeBind.WrongKind(InputObject, "integrations or flows (from Get-CeligoIntegration, Get-CeligoFlow)");
            }
        }
    }
}
