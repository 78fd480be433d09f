using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Commands about resources of one kind named by -Id, or piped in: objects of that kind, or anything
    /// carrying the kind's id property (exports and imports carry a ConnectionId, for instance).
    /// </summary>
    public abstract class IdInputCommand<T> : CeligoCmdlet where T : CeligoResource
    {
        protected const string ByIdSet = "ById";
        protected const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.CommandResourceCompleter))]
        public string[]? Id { get; set; }

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>The property other objects name this kind's id with, e.g. ConnectionId.</summary>
        internal abstract string IdProperty { get; }

        /// <summary>What the command takes, for the error a wrong object gets.</summary>
        internal abstract string Accepted { get; }

        /// <summary>
        /// Whether the module's objects of other kinds that name one of this kind (a job's FlowId) may
        /// stand for it. A delete takes only the resources themselves: a job or an error piped into
        /// Remove-CeligoFlow is not taken to mean its flow.
        /// </summary>
        internal virtual bool TakesRelatedObjects => true;

        /// <summary>The piped object when it is of this kind (to reuse its name, say).</summary>
        internal T? Piped => PipeBind.Unwrap(InputObject) as T;

        /// <summary>The ids this record names, checked: a wrong object or a bad id throws ArgumentException.</summary>
        internal IReadOnlyList<string> Ids()
        {
            if (ParameterSetName == ByIdSet)
            {
                var ids = new List<string>();
                foreach (var id in Id!)
                {
                    ids.Add(RequireId(id, IdProperty));
                }
                return ids;
            }
            if (!TakesRelatedObjects && PipeBind.Unwrap(InputObject) is { } related && !(related is T) && IsModuleObject(related))
            {
                throw new System.ArgumentException(
                    $"{MyInvocation.MyCommand.Name} takes {Accepted}, not a {related.GetType().Name}: the {IdProperty} it carries names what it belongs to, " +
                    $"which is not deleted because one of its parts was piped in. Pipe the resource itself, or give -Id.");
            }
            return new[] { RequireId(PipeBind.IdOf<T>(InputObject, IdProperty, Accepted), IdProperty) };
        }

        private static bool IsModuleObject(object value) => (value.GetType().Namespace ?? "").StartsWith("CeligoPS.", System.StringComparison.Ordinal);

        /// <summary>Ids(), with a wrong input reported (non-terminating) and an empty list returned.</summary>
        internal IReadOnlyList<string> IdsOrReport()
        {
            try
            {
                return Ids();
            }
            catch (System.ArgumentException e)
            {
                ReportFailure(e, InputObject ?? Id);
                return new string[0];
            }
        }
    }
}
