using System.Collections.Generic;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// A plain resource list of the API: its path segment, and whether an integration has its own
    /// sub-list of it (<c>/v1/integrations/{id}/&lt;path&gt;</c>).
    /// </summary>
    public sealed class ResourceCollection<T> where T : CeligoResource
    {
        private ResourceCollection(string path, bool perIntegration, string? listQuery = null, string? readQuery = null, string[]? patchable = null)
        {
            Path = path;
            PerIntegration = perIntegration;
            ListQuery = listQuery;
            ReadQuery = readQuery;
            PatchableFields = patchable ?? new string[0];
        }

        public string Path { get; }
        public bool PerIntegration { get; }

        /// <summary>Query every listing of this kind carries (without <c>?</c>), or null.</summary>
        public string? ListQuery { get; }

        /// <summary>Query every read of one document carries (without <c>?</c>), or null.</summary>
        public string? ReadQuery { get; }

        /// <summary>
        /// The top-level fields the API documents PATCH for (celigo-api.md §4); a change of any other
        /// field is a read-merge-write, since a PUT replaces the whole document.
        /// </summary>
        public IReadOnlyCollection<string> PatchableFields { get; }

        public override string ToString() => Path;

        public static readonly ResourceCollection<Integration> Integrations = new ResourceCollection<Integration>("integrations", false,
            patchable: new[] { "settings", "flowGroupings", "apiGroupings" });
        /// <summary>
        /// Flows, instance flows of multi-instance flows included: the API lists those only when asked
        /// and sends them without their steps unless asked to merge them with their abstract flow
        /// (celigo-api.md §4.2, §9 #2). Read-merge-write reads the document as stored, never merged.
        /// </summary>
        public static readonly ResourceCollection<Flow> Flows = new ResourceCollection<Flow>("flows", true, "includeInstances=true", "mergeInstance=true",
            // DOCS' patchable flow paths that are top-level fields, and aiDescription, which the CLI patches too.
            patchable: new[] { "name", "description", "schedule", "timezone", "disabled", "runPageGeneratorsInParallel", "skipRetries", "aliases", "aiDescription" });
        public static readonly ResourceCollection<Connection> Connections = new ResourceCollection<Connection>("connections", true);
        public static readonly ResourceCollection<Export> Exports = new ResourceCollection<Export>("exports", true, patchable: new[] { "assistantMetadata", "debugUntil" });
        public static readonly ResourceCollection<Import> Imports = new ResourceCollection<Import>("imports", true, patchable: new[] { "debugUntil" });
        public static readonly ResourceCollection<CeligoUser> Users = new ResourceCollection<CeligoUser>("ashares", true);
        public static readonly ResourceCollection<Script> Scripts = new ResourceCollection<Script>("scripts", false);
        public static readonly ResourceCollection<CeligoTag> Tags = new ResourceCollection<CeligoTag>("tags", false, patchable: new[] { "tag" });
        public static readonly ResourceCollection<LookupCache> LookupCaches = new ResourceCollection<LookupCache>("lookupcaches", false, patchable: new[] { "name", "description" });
    }
}
