using System;
using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Commands that change resources of one kind: -Id, or the resources piped in (objects of that kind,
    /// or anything with an Id of it).
    /// </summary>
    public abstract class ResourceTargetCommand<T> : CeligoCmdlet where T : CeligoResource
    {
        protected const string ByIdSet = "ById";
        protected const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        internal abstract ResourceCollection<T> Collection { get; }
        internal abstract string TypeName { get; }

        /// <summary>The property a row names this kind's id with, e.g. FlowId.</summary>
        internal abstract string IdProperty { get; }

        /// <summary>The ids this record targets (checked), with the piped object's name when known, for messages.</summary>
        internal IReadOnlyList<(string Id, string Label)> Targets()
        {
            var targets = new List<(string, string)>();
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id!)
                {
                    var checkedId = RequireId(id, IdProperty);
                    targets.Add((checkedId, $"{Collection.Path} {checkedId}"));
                }
                return targets;
            }
            if (PipeBind.Unwrap(InputObject) is T item)
            {
                targets.Add((item.Id, $"{Collection.Path} {item}"));
                return targets;
            }
            // A plain Id names this kind only on rows; another kind of object's Id is not one of ours.
            var idText = (IdProperty == "Id" && PipeBind.IsOtherModel<T>(InputObject) ? null : PipeBind.Property(InputObject, IdProperty, "_" + char.ToLowerInvariant(IdProperty[0]) + IdProperty.Substring(1)))
                         ?? throw PipeBind.WrongKind(InputObject, $"{Collection.Path} (from their Get-Celigo command) or objects with a {IdProperty} property");
            var id2 = RequireId(idText, IdProperty);
            targets.Add((id2, $"{Collection.Path} {id2}"));
            return targets;
        }

        /// <summary>For each target the user confirms, runs <paramref name="change"/>, which may write output.</summary>
        internal void ChangeEach(string action, Func<string, AsyncOutput, System.Threading.CancellationToken, System.Threading.Tasks.Task> change)
        {
            IReadOnlyList<(string Id, string Label)> targets;
            try
            {
                targets = Targets();
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
                return;
            }
            foreach (var (id, label) in targets)
            {
                if (!ShouldProcess(label, action))
                {
                    continue;
                }
                Run((output, ct) => change(id, output, ct), id);
            }
        }
        }

    /// <summary>Changes that leave the resource in place: -PassThru returns it as it ends up.</summary>
    public abstract class UpdateResourceCommand<T> : ResourceTargetCommand<T> where T : CeligoResource
    {
        /// <summary>Returns the resource as it is after the change.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        internal void UpdateEach(string action, Func<string, System.Threading.CancellationToken, System.Threading.Tasks.Task> change) =>
            ChangeEach(action, async (id, output, ct) =>
            {
                await change(id, ct);
                if (PassThru)
                {
                    output.Object(PSObjectFactory.Wrap(await Client.GetAsync(Collection, id, ct), TypeName));
                }
            });
    }
}
