using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// A plain resource list of the API: its path segment, and whether an integration has its own
    /// sub-list of it (<c>/v1/integrations/{id}/&lt;path&gt;</c>).
    /// </summary>
    public sealed class ResourceCollection<T> where T : CeligoResource
    {
        private ResourceCollection(string path, bool perIntegration)
        {
            Path = path;
            PerIntegration = perIntegration;
        }

        public string Path { get; }
        public bool PerIntegration { get; }

        public override string ToString() => Path;

        public static readonly ResourceCollection<Integration> Integrations = new ResourceCollection<Integration>("integrations", false);
        public static readonly ResourceCollection<Flow> Flows = new ResourceCollection<Flow>("flows", true);
        public static readonly ResourceCollection<Connection> Connections = new ResourceCollection<Connection>("connections", true);
        public static readonly ResourceCollection<Export> Exports = new ResourceCollection<Export>("exports", true);
        public static readonly ResourceCollection<Import> Imports = new ResourceCollection<Import>("imports", true);
        public static readonly ResourceCollection<CeligoUser> Users = new ResourceCollection<CeligoUser>("ashares", true);
        public static readonly ResourceCollection<Script> Scripts = new ResourceCollection<Script>("scripts", false);
        public static readonly ResourceCollection<CeligoTag> Tags = new ResourceCollection<CeligoTag>("tags", false);
        public static readonly ResourceCollection<LookupCache> LookupCaches = new ResourceCollection<LookupCache>("lookupcaches", false);
    }
}
