using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;
using CeligoPS.Client.Json;

namespace CeligoPS.Client.Models
{
    /// <summary>A flow (celigo-api.md §5.2).</summary>
    public sealed class Flow : NamedResource
    {
        [JsonPropertyName("description")]
        public string? Description { get; set; }

        [JsonPropertyName("_integrationId")]
        public string? IntegrationId { get; set; }

        [JsonPropertyName("disabled")]
        public bool Disabled { get; set; }

        [JsonPropertyName("schedule")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Schedule { get; set; }

        [JsonPropertyName("timezone")]
        public string? Timezone { get; set; }

        [JsonPropertyName("lastExecutedAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? LastExecutedAt { get; set; }

        [JsonPropertyName("pageGenerators")]
        public List<FlowPageGenerator>? PageGenerators { get; set; }

        [JsonPropertyName("pageProcessors")]
        public List<FlowPageProcessor>? PageProcessors { get; set; }

        [JsonPropertyName("routers")]
        public List<FlowRouter>? Routers { get; set; }

        /// <summary>Legacy single-step flows name their export and import directly.</summary>
        [JsonPropertyName("_exportId")]
        public string? LegacyExportId { get; set; }

        [JsonPropertyName("_importId")]
        public string? LegacyImportId { get; set; }

        /// <summary>
        /// The ids of the flow's steps in order (sources, then processors, then router branches):
        /// errors are filed under these ids.
        /// </summary>
        public IReadOnlyList<string> StepIds()
        {
            var ids = new List<string>();
            void Add(string? id)
            {
                if (!string.IsNullOrEmpty(id) && !ids.Contains(id!))
                {
                    ids.Add(id!);
                }
            }
            Add(LegacyExportId);
            foreach (var pg in PageGenerators ?? Enumerable.Empty<FlowPageGenerator>())
            {
                Add(pg.ExportId);
            }
            foreach (var pp in PageProcessors ?? Enumerable.Empty<FlowPageProcessor>())
            {
                Add(pp.StepId);
            }
            foreach (var branch in (Routers ?? Enumerable.Empty<FlowRouter>()).SelectMany(r => r.Branches ?? Enumerable.Empty<FlowRouterBranch>()))
            {
                foreach (var pp in branch.PageProcessors ?? Enumerable.Empty<FlowPageProcessor>())
                {
                    Add(pp.StepId);
                }
            }
            Add(LegacyImportId);
            return ids;
        }
    }

    public sealed class FlowPageGenerator : CeligoObject
    {
        [JsonPropertyName("_exportId")]
        public string? ExportId { get; set; }
    }

    public sealed class FlowPageProcessor : CeligoObject
    {
        [JsonPropertyName("type")]
        public string? Type { get; set; }

        [JsonPropertyName("_exportId")]
        public string? ExportId { get; set; }

        [JsonPropertyName("_importId")]
        public string? ImportId { get; set; }

        [JsonIgnore]
        public string? StepId => string.IsNullOrEmpty(ImportId) ? ExportId : ImportId;
    }

    public sealed class FlowRouter : CeligoObject
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("branches")]
        public List<FlowRouterBranch>? Branches { get; set; }
    }

    public sealed class FlowRouterBranch : CeligoObject
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("pageProcessors")]
        public List<FlowPageProcessor>? PageProcessors { get; set; }
    }
}
