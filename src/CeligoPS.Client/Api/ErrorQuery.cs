using System;
using System.Collections.Generic;
using CeligoPS.Client.Http;

namespace CeligoPS.Client.Api
{
    /// <summary>The filters of a step's error lists (celigo-api.md §4.7).</summary>
    public sealed class ErrorQuery
    {
        /// <summary>Read the resolved list instead of the open one.</summary>
        public bool Resolved { get; set; }

        /// <summary>occurredAt (open) or resolvedAt (resolved) from this time on.</summary>
        public DateTime? Since { get; set; }

        public DateTime? Until { get; set; }
        public IList<string>? Sources { get; set; }
        public IList<string>? Classifications { get; set; }
        public string? FlowJobId { get; set; }

        internal string PathFor(string flowId, string stepId)
        {
            var dateField = Resolved ? "resolvedAt" : "occurredAt";
            return new QueryBuilder()
                .Add(dateField + "_gte", Since)
                .Add(dateField + "_lte", Until)
                .AddEach("source", Sources)
                .AddEach("classification", Classifications)
                .Add("_flowJobId", FlowJobId)
                .AppendTo($"/v1/flows/{Segment.Of(flowId)}/{Segment.Of(stepId)}/{(Resolved ? "resolved" : "errors")}");
        }
    }

    /// <summary>Ids become path segments only escaped, so a bad id cannot change which resource is asked for.</summary>
    internal static class Segment
    {
        public static string Of(string id)
        {
            if (string.IsNullOrWhiteSpace(id))
            {
                throw new ArgumentException("An id is empty.");
            }
            return Uri.EscapeDataString(id.Trim());
        }
    }
}
