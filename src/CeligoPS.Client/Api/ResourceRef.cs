using System;
using System.Collections.Generic;
using System.Linq;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// A resource named by its API type (plural path segment) and id: what dependencies, audit logs,
    /// templates and resource state are asked about.
    /// </summary>
    public sealed class ResourceRef
    {
        /// <summary>The types the API keeps dependencies, audit logs and state for.</summary>
        public static readonly IReadOnlyList<string> Types = new[] { "integrations", "flows", "connections", "exports", "imports", "scripts", "lookupcaches" };

        public ResourceRef(string type, string id)
        {
            Type = Types.FirstOrDefault(t => t.Equals(type, StringComparison.OrdinalIgnoreCase))
                   ?? Types.FirstOrDefault(t => t.Equals(type + "s", StringComparison.OrdinalIgnoreCase))
                   ?? throw new ArgumentException($"'{type}' is not a resource type CeligoPS knows. Use one of: {string.Join(", ", Types)}.");
            Id = id;
        }

        public string Type { get; }
        public string Id { get; }

        public string Path => $"/v1/{Type}/{Segment.Of(Id)}";

        /// <summary>The reference for a model object, or null for objects that are not such resources.</summary>
        public static ResourceRef? Of(object value)
        {
            switch (value)
            {
                case Integration r: return new ResourceRef("integrations", r.Id);
                case Flow r: return new ResourceRef("flows", r.Id);
                case Connection r: return new ResourceRef("connections", r.Id);
                case Export r: return new ResourceRef("exports", r.Id);
                case Import r: return new ResourceRef("imports", r.Id);
                case Script r: return new ResourceRef("scripts", r.Id);
                case LookupCache r: return new ResourceRef("lookupcaches", r.Id);
                default: return null;
            }
        }

        public override string ToString() => $"{Type}/{Id}";
    }
}
