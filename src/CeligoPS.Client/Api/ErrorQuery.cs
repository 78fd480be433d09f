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

        internal string PathFor(string flowId, string stepId) =>
            Filters().AppendTo($"/v1/flows/{Segment.Of(flowId)}/{Segment.Of(stepId)}/{(Resolved ? "resolved" : "errors")}");

        private QueryBuilder Filters()
        {
            var dateField = Resolved ? "resolvedAt" : "occurredAt";
            return new QueryBuilder()
                .Add(dateField + "_gte", Since)
                .Add(dateField + "_lte", Until)
                .AddEach("source", Sources)
                .AddEach("classification", Classifications)
                .Add("_flowJobId", FlowJobId);
        }

        /// <summary>
        /// The next page's request from the API's <c>nextPageURL</c>, as Celigo's UI reads it: a leading
        /// <c>/api</c> is dropped, and every filter the link does not carry is added again, so page 2
        /// is as filtered as page 1 (celigo-api.md §9).
        /// </summary>
        internal ApiRequest NextPage(string nextPageUrl) => ApiRequest.Get(Paging.NextPageLink.Follow(nextPageUrl, Filters().Pairs));

        /// <summary>Whether an error is one this query selects: a server that lets a filter drop is not trusted with what is acted on.</summary>
        internal bool Matches(Models.StepError error)
        {
            var at = Resolved ? error.ResolvedAt : error.OccurredAt;
            return (Sources == null || Sources.Count == 0 || Contains(Sources, error.Source))
                && (Classifications == null || Classifications.Count == 0 || Contains(Classifications, error.Classification))
                && (FlowJobId == null || string.Equals(FlowJobId, error.FlowJobId, StringComparison.Ordinal))
                && (Since == null || (at != null && at.Value.ToUniversalTime() >= Since.Value.ToUniversalTime().AddMilliseconds(-1)))
                && (Until == null || (at != null && at.Value.ToUniversalTime() <= Until.Value.ToUniversalTime().AddMilliseconds(1)));
        }

        private static bool Contains(IList<string> values, string? value)
        {
            foreach (var v in values)
            {
                if (string.Equals(v, value, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
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
