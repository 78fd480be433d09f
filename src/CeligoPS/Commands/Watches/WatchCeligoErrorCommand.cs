using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Watches
{
    /// <summary>
    /// Writes each open error that appears while it watches, once: in the whole account, or in some
    /// integrations or flows (named, or piped in).
    /// </summary>
    [Cmdlet(VerbsCommon.Watch, "CeligoError", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(StepError))]
    public sealed class WatchCeligoErrorCommand : WatchCommand
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

        /// <summary>Integrations or flows (or objects with an IntegrationId or FlowId) to watch.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        private GatheredScope? _scope;
        private GatheredScope Scope => _scope ??= new GatheredScope(RequireId);

        internal override string Watching => "new open errors";

        protected override void ProcessRecord() => Scope.Add(this, ParameterSetName == ListSet, IntegrationId, FlowId, InputObject);

        internal override Func<CancellationToken, Task<IReadOnlyList<object>>>? StartWatch(AsyncOutput output)
        {
            // Piped input that was all refused watches nothing, rather than the whole account.
            if (ParameterSetName == PipelineSet && Scope.IsEmpty)
            {
                return null;
            }
            var watch = new ErrorWatch(Client, Scope.IntegrationIds, Scope.FlowIds);
            return async ct =>
            {
                var errors = await watch.LookAsync(ct);
                await Names.LoadAsync(errors.Select(e => e.FlowId), ct);
                foreach (var error in errors)
                {
                    Names.Name(error);
                }
                return errors.Cast<object>().ToList();
            };
        }
    }
}
