using System;
using CeligoPS.Client.Http;

namespace CeligoPS.Client.Api
{
    /// <summary>The audit log filters (celigo-api.md §4.1, §4.13).</summary>
    public sealed class AuditQuery
    {
        public DateTime? Since { get; set; }
        public DateTime? Until { get; set; }

        /// <summary>create, update, delete, signin, signout, view.</summary>
        public string? Action { get; set; }

        /// <summary>ui, api, system, connector, script, stack, sso.</summary>
        public string? Source { get; set; }

        public string? UserId { get; set; }

        internal string PathFor(ResourceRef? resource) => new QueryBuilder()
            .Add("from", Since)
            .Add("to", Until)
            .Add("action", Action)
            .Add("source", Source)
            .Add("_byUserId", UserId)
            .AppendTo((resource?.Path ?? "/v1") + "/audit");
    }
}
