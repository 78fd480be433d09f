using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Jobs
{
    /// <summary>
    /// The jobs in progress across the account, in one snapshot (the API's own view of work under way,
    /// with no date window to choose): flow and retry jobs queued, running, retrying or canceling,
    /// optionally of some integrations or flows. Piped flows and integrations are gathered into one call.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CeligoRunningJob", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CeligoJob))]
    public sealed class GetCeligoRunningJobCommand : CeligoCmdlet
    {
        private const string ListSet = "List";
        private const string PipelineSet = "Pipeline";

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

        /// <summary>Flows or integrations (or objects with a FlowId or IntegrationId) whose running jobs to list.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        [Parameter]
        [ValidateSet("queued", "running", "retrying", "canceling", IgnoreCase = true)]
        public string[]? Status { get; set; }

        private GatheredScope? _scope;
        private GatheredScope Scope => _scope ??= new GatheredScope(RequireId);

        protected override void ProcessRecord() => Scope.Add(this, ParameterSetName == ListSet, IntegrationId, FlowId, InputObject);

        protected override void EndProcessing()
        {
            // Piped input that was all refused asks for nothing, rather than for the whole account.
            if (ParameterSetName != PipelineSet || !Scope.IsEmpty)
            {
                var statuses = Status?.Select(s => s.ToLowerInvariant()).Distinct().ToList();
                Run((output, ct) => StreamAsync(
                    Names.NameJobsAsync(Client.ListRunningJobsAsync(Scope.IntegrationIds, Scope.FlowIds, statuses, ct), ct),
                    j => j, output, ct));
            }
            base.EndProcessing();
        }
    }
}
