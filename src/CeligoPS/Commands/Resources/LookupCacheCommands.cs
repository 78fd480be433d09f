using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Creates lookup caches (empty; fill them with Set-CeligoLookupCacheData).</summary>
    [Cmdlet(VerbsCommon.New, "CeligoLookupCache", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(LookupCache))]
    public sealed class NewCeligoLookupCacheCommand : NewResourceCommand<LookupCache>
    {
        [Parameter]
        public string? Description { get; set; }

        /// <summary>The integration the cache belongs to.</summary>
        [Parameter]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        internal override ResourceCollection<LookupCache> Collection => ResourceCollection<LookupCache>.LookupCaches;

        internal override void AddFields(JsonObject document)
        {
            if (Description != null)
            {
                document["description"] = Description;
            }
            if (IntegrationId != null)
            {
                document["_integrationId"] = RequireId(IntegrationId, "integration id");
            }
        }
    }

    /// <summary>Renames lookup caches or changes their description (PATCH); other fields with -Property (read-merge-write).</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoLookupCache", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LookupCache))]
    public sealed class SetCeligoLookupCacheCommand : SetNamedResourceCommand<LookupCache>
    {
        internal override ResourceCollection<LookupCache> Collection => ResourceCollection<LookupCache>.LookupCaches;
        internal override string IdProperty => "LookupCacheId";

        internal override void AddChanges(JsonObject changes)
        {
        }
    }

    /// <summary>Deletes lookup caches with their entries (integrator.io keeps a deleted cache 30 days).</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoLookupCache", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoLookupCacheCommand : RemoveResourceCommand<LookupCache>
    {
        internal override ResourceCollection<LookupCache> Collection => ResourceCollection<LookupCache>.LookupCaches;
        internal override string IdProperty => "LookupCacheId";

        // The dependencies of a lookup cache rest on one source (celigo-api.md §4.8: CLI only); not asked.
        internal override bool HasDependencies => false;
    }
}
