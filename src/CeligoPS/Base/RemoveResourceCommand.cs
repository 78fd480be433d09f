using System;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Deletes resources. Asks first (ConfirmImpact High), and refuses a resource that others depend on
    /// (Get-CeligoDependency) unless -Force: deleting a connection under a running flow breaks it.
    /// </summary>
    public abstract class RemoveResourceCommand<T> : ResourceTargetCommand<T> where T : CeligoResource
    {
        /// <summary>Deletes even when other resources depend on it (the confirmation still applies; add -Confirm:$false).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        internal override bool TakesRelatedObjects => false;

        /// <summary>Whether the API keeps dependencies for this kind (tags have none).</summary>
        internal virtual bool HasDependencies => true;

        protected override void ProcessRecord() =>
            ChangeEach("Delete", async (id, output, ct) =>
            {
                if (!Force && HasDependencies)
                {
                    var dependants = await Client.GetDependenciesAsync(new ResourceRef(Collection.Path, id), ct);
                    if (dependants.Count > 0)
                    {
                        var list = string.Join(", ", dependants.Take(5).Select(d => $"{d.ResourceType} {d.Name ?? d.Id}")) + (dependants.Count > 5 ? $", and {dependants.Count - 5} more" : "");
                        throw new InvalidOperationException($"{Collection.Path} {id} was not deleted: {list} depend on it (Get-CeligoDependency lists them). Pass -Force to delete it anyway.");
                    }
                }
                await Client.DeleteAsync(Collection, id, ct);
            });
    }
}
