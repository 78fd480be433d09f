using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Commands that change resources of one kind: -Id, or the resources piped in (objects of that kind,
    /// or anything with an Id of it).
    /// </summary>
    public abstract class ResourceTargetCommand<T> : IdInputCommand<T> where T : CeligoResource
    {
        internal abstract ResourceCollection<T> Collection { get; }

        internal override string Accepted => $"{Collection.Path} (from their Get-Celigo command) or objects with a {IdProperty} property";

        /// <summary>The ids this record targets (checked), with the piped object's name when known, for messages.</summary>
        internal IReadOnlyList<(string Id, string Label)> Targets()
        {
            var label = Piped?.ToString();
            return Ids().Select(id => (id, $"{Collection.Path} {label ?? id}")).ToList();
        }

        // The ids this command has already acted on (or been refused): several piped objects naming one
        // resource (the jobs of one flow piped into Disable-CeligoFlow) act on it once.
        private readonly HashSet<string> _targeted = new HashSet<string>(StringComparer.Ordinal);

        /// <summary>For each target the user confirms, runs <paramref name="change"/>, which may write output; each id once per command.</summary>
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
                if (!_targeted.Add(id))
                {
                    WriteVerbose($"{label}: already taken by this command; skipped.");
                    continue;
                }
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
                    output.Object(await Client.GetAsync(Collection, id, ct));
                }
            });
    }
}
