using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Serialization;

namespace CeligoPS.Client.Models
{
    /// <summary>GET /v1/flows/{id}/descendants: the full export and import documents a flow uses.</summary>
    public sealed class FlowDescendants : CeligoObject
    {
        [JsonPropertyName("exports")]
        public ItemList<Export>? Exports { get; set; }

        [JsonPropertyName("imports")]
        public ItemList<Import>? Imports { get; set; }

        /// <summary>The exports, then the imports: every resource a step of the flow can stand on.</summary>
        public IEnumerable<FlowResource> Resources() =>
            (Exports ?? new List<Export>()).Cast<FlowResource>().Concat(Imports ?? new List<Import>());
    }

    /// <summary>
    /// One step of a flow, in order, with the id errors are filed under (StepId) and the export or
    /// import behind it. Made by the client from the flow and its descendants.
    /// </summary>
    public sealed class FlowStep
    {
        public FlowStep(string flowId, int position, FlowStepRef where, FlowResource? resource)
        {
            FlowId = flowId;
            Position = position;
            StepId = where.StepId;
            Role = where.Role;
            RouterId = where.RouterId;
            Branch = where.Branch;
            Resource = resource;
        }

        public string FlowId { get; }

        /// <summary>1 for the first step.</summary>
        public int Position { get; }

        public string StepId { get; }

        /// <summary>PageGenerator (a source export), Lookup (an export looked up per record) or Import.</summary>
        public string Role { get; }

        public string? RouterId { get; }
        public string? Branch { get; }
        public string? Name => Resource?.Name;
        public string? AdaptorType => Resource?.AdaptorType;
        public string? ConnectionId => Resource?.ConnectionId;
        public string? ExportId => Resource is Export ? StepId : null;
        public string? ImportId => Resource is Import ? StepId : null;

        /// <summary>The export or import document (null if the flow names a step the API did not return).</summary>
        public FlowResource? Resource { get; }

        public override string ToString() => $"{Position}. {Role} {Name ?? StepId}";
    }

    /// <summary>GET /v1/flows/{id}/lastExportDateTime: the flow's delta checkpoint.</summary>
    public sealed class FlowCheckpoint : CeligoObject
    {
        [JsonIgnore]
        public string FlowId { get; set; } = "";

        [JsonPropertyName("lastExportDateTime")]
        [JsonConverter(typeof(Json.FlexibleDateConverter))]
        public System.DateTime? LastExportDateTime { get; set; }
    }
}
