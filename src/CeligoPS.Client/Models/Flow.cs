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

        /// <summary>Set on an instance flow of a multi-instance flow: the abstract flow that holds its steps.</summary>
        [JsonPropertyName("_abstractFlowId")]
        public string? AbstractFlowId { get; set; }

        [JsonPropertyName("schedule")]
        [JsonConverter(typeof(FlexibleStringConverter))]
        public string? Schedule { get; set; }

        [JsonPropertyName("timezone")]
        public string? Timezone { get; set; }

        [JsonPropertyName("lastExecutedAt")]
        [JsonConverter(typeof(FlexibleDateConverter))]
        public DateTime? LastExecutedAt { get; set; }

        /// <summary>False (or absent): each page generator of a run gets its own flow job, one after the other.</summary>
        [JsonPropertyName("runPageGeneratorsInParallel")]
        public bool? RunPageGeneratorsInParallel { get; set; }

        [JsonPropertyName("pageGenerators")]
        public ItemList<FlowPageGenerator>? PageGenerators { get; set; }

        [JsonPropertyName("pageProcessors")]
        public ItemList<FlowPageProcessor>? PageProcessors { get; set; }

        [JsonPropertyName("routers")]
        public ItemList<FlowRouter>? Routers { get; set; }

        /// <summary>Legacy single-step flows name their export and import directly.</summary>
        [JsonPropertyName("_exportId")]
        public string? LegacyExportId { get; set; }

        [JsonPropertyName("_importId")]
        public string? LegacyImportId { get; set; }

        /// <summary>
        /// Whether the document carried its steps: an instance flow read without merging, or a flow
        /// listed with a projection, does not (the API sends no step lists at all then).
        /// </summary>
        internal bool HasStepList => PageGenerators != null || PageProcessors != null || Routers != null
            || LegacyExportId != null || LegacyImportId != null;

        /// <summary>
        /// The flow's steps in order (sources, then processors, then router branches): errors are filed
        /// under these ids. A step reachable twice is listed once.
        /// </summary>
        public IReadOnlyList<FlowStepRef> Steps()
        {
            var steps = new List<FlowStepRef>();
            void Add(string? id, string role, string? routerId = null, string? branch = null)
            {
                if (!string.IsNullOrEmpty(id) && steps.TrueForAll(s => s.StepId != id))
                {
                    steps.Add(new FlowStepRef(id!, role, routerId, branch));
                }
            }
            Add(LegacyExportId, FlowStepRef.PageGenerator);
            foreach (var pg in PageGenerators ?? Enumerable.Empty<FlowPageGenerator>())
            {
                Add(pg.ExportId, FlowStepRef.PageGenerator);
            }
            foreach (var pp in PageProcessors ?? Enumerable.Empty<FlowPageProcessor>())
            {
                Add(pp.StepId, pp.Role);
            }
            foreach (var router in Routers ?? Enumerable.Empty<FlowRouter>())
            {
                foreach (var branch in router.Branches ?? Enumerable.Empty<FlowRouterBranch>())
                {
                    foreach (var pp in branch.PageProcessors ?? Enumerable.Empty<FlowPageProcessor>())
                    {
                        Add(pp.StepId, pp.Role, router.Id, branch.Name);
                    }
                }
            }
            Add(LegacyImportId, FlowStepRef.Import);
            return steps;
        }

        /// <summary>The ids of <see cref="Steps"/>.</summary>
        public IReadOnlyList<string> StepIds() => Steps().Select(s => s.StepId).ToList();
    }

    /// <summary>Where a step sits in its flow: its id, its role, and its router branch if any.</summary>
    public sealed class FlowStepRef
    {
        public const string PageGenerator = "PageGenerator";
        public const string Lookup = "Lookup";
        public const string Import = "Import";

        public FlowStepRef(string stepId, string role, string? routerId, string? branch)
        {
            StepId = stepId;
            Role = role;
            RouterId = routerId;
            Branch = branch;
        }

        public string StepId { get; }
        public string Role { get; }
        public string? RouterId { get; }
        public string? Branch { get; }
    }

    public sealed class FlowPageGenerator : CeligoObject
    {
        [JsonPropertyName("_exportId")]
        public string? ExportId { get; set; }

        public override string ToString() => ExportId ?? "";
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

        /// <summary>A processor that exports is a lookup; one that imports writes records.</summary>
        [JsonIgnore]
        public string Role => string.IsNullOrEmpty(ImportId) && Type != "import" ? FlowStepRef.Lookup : FlowStepRef.Import;

        public override string ToString() => StepId ?? "";
    }

    public sealed class FlowRouter : CeligoObject
    {
        [JsonPropertyName("id")]
        public string? Id { get; set; }

        [JsonPropertyName("branches")]
        public ItemList<FlowRouterBranch>? Branches { get; set; }

        public override string ToString() => $"router {Id} ({Branches?.Count ?? 0} branches)";
    }

    public sealed class FlowRouterBranch : CeligoObject
    {
        [JsonPropertyName("name")]
        public string? Name { get; set; }

        [JsonPropertyName("pageProcessors")]
        public ItemList<FlowPageProcessor>? PageProcessors { get; set; }

        public override string ToString() => Name ?? "";
    }
}
