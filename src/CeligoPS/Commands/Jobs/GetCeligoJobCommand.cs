using System;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Jobs
{
    /// <summary>Lists jobs by status, type, scope and date window (every page of the createdAt cursor), or gets them by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoJob", DefaultParameterSetName = ListSet, SupportsPaging = true)]
    [OutputType(typeof(CeligoJob))]
    public sealed class GetCeligoJobCommand : CeligoCmdlet
    {
        private const string ListSet = "List";
        private const string ByIdSet = "ById";
        private const string ByFlowSet = "ByFlow";

        /// <summary>Jobs are kept 30 days (purgeAt); a listing with no scope asks for that window, which the API requires.</summary>
        internal static readonly TimeSpan Retention = TimeSpan.FromDays(30);

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [Alias("JobId", "_jobId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = ByFlowSet)]
        [ValidateSet("queued", "running", "completed", "failed", "canceled", "retrying", "canceling", IgnoreCase = true)]
        public string[]? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = ByFlowSet)]
        [ValidateSet("flow", "export", "import", "retry", "bulk_retry", IgnoreCase = true)]
        public string? Type { get; set; }

        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        public string? IntegrationId { get; set; }

        [Parameter(ParameterSetName = ListSet, ValueFromPipelineByPropertyName = true)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        [Parameter(ParameterSetName = ByFlowSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public Flow? Flow { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_exportId")]
        [ValidateNotNullOrEmpty]
        public string? ExportId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_importId")]
        [ValidateNotNullOrEmpty]
        public string? ImportId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_flowJobId")]
        [ValidateNotNullOrEmpty]
        public string? FlowJobId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = ByFlowSet)]
        public DateTime? Since { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = ByFlowSet)]
        public DateTime? Until { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id!)
                {
                    Run(async (output, ct) => output.Object(PSObjectFactory.Wrap(await Client.GetJobAsync(RequireId(id, "job id"), ct), TypeNames.Job)), id);
                }
                return;
            }
            var query = BuildQuery();
            var statuses = Status == null || Status.Length == 0 ? new string?[] { null } : Status.Select(s => s.ToLowerInvariant()).Distinct().ToArray();
            // The API takes one status per call; several statuses are listed one after another.
            Run(async (output, ct) =>
            {
                foreach (var status in statuses)
                {
                    query.Status = status;
                    await StreamAsync(Client.ListJobsAsync(query, ct), j => PSObjectFactory.Wrap(j, TypeNames.Job), output, ct);
                }
            }, (object?)query.FlowId ?? "jobs");
        }

        private JobQuery BuildQuery()
        {
            if (Since.HasValue && Until.HasValue && Since > Until)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"-Since ({Since:u}) is after -Until ({Until:u}); no job can match. Swap them."),
                    "SinceAfterUntil", ErrorCategory.InvalidArgument, Since));
            }
            var query = new JobQuery
            {
                Type = Type?.ToLowerInvariant(),
                IntegrationId = CheckedId(IntegrationId, "integration id"),
                FlowId = Flow?.Id ?? CheckedId(FlowId, "flow id"),
                ExportId = CheckedId(ExportId, "export id"),
                ImportId = CheckedId(ImportId, "import id"),
                FlowJobId = CheckedId(FlowJobId, "flow job id"),
                Since = Since,
                Until = Until,
            };
            if (!query.HasScope)
            {
                query.Since = DateTime.Now - Retention;
                WriteVerbose($"No scope or date given: listing the jobs of the last {Retention.TotalDays} days (the API keeps jobs that long).");
            }
            return query;
        }

        private string? CheckedId(string? value, string what)
        {
            try
            {
                return value == null ? null : RequireId(value, what);
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(new ErrorRecord(e, "InvalidId", ErrorCategory.InvalidArgument, value));
                return null;
            }
        }
    }
}
