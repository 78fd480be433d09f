using System.Text.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>One difference between two copies of an integration: a resource on one side only, or a property that differs.</summary>
    public sealed class IntegrationDifference
    {
        public IntegrationDifference(string kind, string name, string? path, JsonElement referenceValue, JsonElement differenceValue, string? onlyIn)
        {
            Kind = kind;
            Name = name;
            Path = path;
            ReferenceValue = referenceValue;
            DifferenceValue = differenceValue;
            OnlyIn = onlyIn;
        }

        /// <summary>integration, flow, export, import, script, lookupcache, connection.</summary>
        public string Kind { get; }

        /// <summary>The resource's name (its file name in the folder).</summary>
        public string Name { get; }

        /// <summary>The property that differs (dots and [n]); null when the whole resource is on one side only.</summary>
        public string? Path { get; }

        public JsonElement ReferenceValue { get; }
        public JsonElement DifferenceValue { get; }

        /// <summary>Reference or Difference when the resource exists on that side only; null otherwise.</summary>
        public string? OnlyIn { get; }

        public override string ToString() => OnlyIn != null ? $"{Kind} {Name}: only in {OnlyIn}" : $"{Kind} {Name}: {Path}";
    }
}
