using System.Collections.Generic;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// One resource of a publish: what the plan does to it (Create, Change, NoChange, Delete, Keep, Use)
    /// and, once run, how that went (Planned under -WhatIf, Applied, Unchanged, Failed, NotApplied, Declined).
    /// </summary>
    public sealed class PublishStep
    {
        public PublishStep(string kind, string name, string action, IReadOnlyList<string> fields)
        {
            Kind = kind;
            Name = name;
            Action = action;
            Fields = fields;
        }

        /// <summary>integration, flow, export, import, script, lookupcache, connection.</summary>
        public string Kind { get; }

        /// <summary>The resource's name (in the target for a connection mapped to another).</summary>
        public string Name { get; }

        /// <summary>Create, Change, NoChange, Delete (with -Prune), Keep (not in the folder; kept without -Prune), Use (a connection).</summary>
        public string Action { get; }

        /// <summary>The top-level fields a Change writes.</summary>
        public IReadOnlyList<string> Fields { get; }

        /// <summary>Planned, Applied, Unchanged, Failed, NotApplied, Declined.</summary>
        public string Status { get; set; } = "Planned";

        /// <summary>The resource's id in the target account, once known.</summary>
        public string? Id { get; set; }

        /// <summary>Why it failed, or what else to know (a mapped connection, a flow created disabled).</summary>
        public string? Message { get; set; }

        public override string ToString() => $"{Action} {Kind} {Name}";
    }
}
