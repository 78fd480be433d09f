using System;
using CeligoPS.Client.Http;

namespace CeligoPS.Client.Api
{
    /// <summary>The filters of GET /v1/jobs (celigo-api.md §4.6), by their PowerShell names.</summary>
    public sealed class JobQuery
    {
        /// <summary>flow, export, import, retry or bulk_retry.</summary>
        public string? Type { get; set; }

        /// <summary>One status; the API is documented to take a single value.</summary>
        public string? Status { get; set; }

        public string? IntegrationId { get; set; }
        public string? FlowId { get; set; }
        public string? ExportId { get; set; }
        public string? ImportId { get; set; }
        public string? FlowJobId { get; set; }
        public string? ParentJobId { get; set; }
        public DateTime? Since { get; set; }
        public DateTime? Until { get; set; }

        /// <summary>
        /// Parent-job listings must name a scope (a resource id or a date), or the API answers 400
        /// invalid_query; child listings need the flow job or a resource id.
        /// </summary>
        public bool HasScope =>
            !string.IsNullOrEmpty(IntegrationId) || !string.IsNullOrEmpty(FlowId) || !string.IsNullOrEmpty(ExportId) ||
            !string.IsNullOrEmpty(ImportId) || !string.IsNullOrEmpty(FlowJobId) || !string.IsNullOrEmpty(ParentJobId) ||
            Since.HasValue || Until.HasValue;

        internal string PathFor(DateTime? createdBefore) => new QueryBuilder()
            .Add("type", Type)
            .Add("status", Status)
            .Add("_integrationId", IntegrationId)
            .Add("_flowId", FlowId)
            .Add("_exportId", ExportId)
            .Add("_importId", ImportId)
            .Add("_flowJobId", FlowJobId)
            .Add("_parentJobId", ParentJobId)
            .Add("createdAt_gte", Since)
            .Add("createdAt_lte", createdBefore)
            .AppendTo("/v1/jobs");
    }
}
