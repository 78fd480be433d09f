using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Completion;
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
        private const string PipelineSet = "Pipeline";

        /// <summary>Jobs are kept 30 days (purgeAt); a listing with no scope asks for that window, which the API requires.</summary>
        internal static readonly TimeSpan Retention = TimeSpan.FromDays(30);

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [Alias("JobId", "_jobId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.JobIdCompleter))]
        public string[]? Id { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = PipelineSet)]
        [ValidateSet("queued", "running", "completed", "failed", "canceled", "retrying", "canceling", IgnoreCase = true)]
        public string[]? Status { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = PipelineSet)]
        [ValidateSet("flow", "export", "import", "retry", "bulk_retry", IgnoreCase = true)]
        public string? Type { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        public string? FlowId { get; set; }

        /// <summary>Flows or integrations (or objects with a FlowId or IntegrationId) whose jobs to list.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_exportId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ExportIdCompleter))]
        public string? ExportId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_importId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ImportIdCompleter))]
        public string? ImportId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_flowJobId")]
        [ValidateNotNullOrEmpty]
        public string? FlowJobId { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = PipelineSet)]
        public DateTime? Since { get; set; }

        /// <summary>Only the most recent flow job(s) of the flow or integration (one per page generator).</summary>
        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = PipelineSet)]
        public SwitchParameter Latest { get; set; }

        /// <summary>Each flow or retry job comes with its child export and import jobs in Children.</summary>
        [Parameter]
        public SwitchParameter IncludeChildren { get; set; }

        [Parameter(ParameterSetName = ListSet)]
        [Parameter(ParameterSetName = PipelineSet)]
        public DateTime? Until { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id!)
                {
                    Run(async (output, ct) =>
                    {
                        var jobId = RequireId(id, "job id");
                        var names = Names.LoadEveryFlowAsync(ct);
                        var job = IncludeChildren ? await Client.GetJobFamilyAsync(jobId, ct) : await Client.GetJobAsync(jobId, ct);
                        await names;
                        Names.Name(job);
                        output.Object(job);
                    }, id);
                }
                return;
            }
            JobQuery query;
            try
            {
                query = BuildQuery();
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
                return;
            }
            var statuses = Status == null || Status.Length == 0 ? new string?[] { null } : Status.Select(s => s.ToLowerInvariant()).Distinct().ToArray();
            // The API takes one status per call; several statuses are listed one after another.
            if (Latest)
            {
                Run((output, ct) => StreamAsync(Pages(LatestAsync(query, statuses, ct), ct), job => job, output, ct), (object?)query.FlowId ?? query.IntegrationId);
                return;
            }
            Run(async (output, ct) =>
            {
                foreach (var status in statuses)
                {
                    query.Status = status;
                    await StreamAsync(Pages(Client.ListJobsAsync(query, ct), ct), job => job, output, ct);
                }
            }, (object?)query.FlowId ?? "jobs");
        }

        /// <summary>The listing's pages, with children when asked, each job named after its flow.</summary>
        private IAsyncEnumerable<IReadOnlyList<CeligoJob>> Pages(IAsyncEnumerable<IReadOnlyList<CeligoJob>> pages, CancellationToken ct) =>
            Names.NameJobsAsync(IncludeChildren ? Client.WithChildrenAsync(pages, ct) : pages, ct);

        /// <summary>The latest jobs endpoint has no filters; -Status and -Type are applied to what it returns.</summary>
        private async IAsyncEnumerable<IReadOnlyList<CeligoJob>> LatestAsync(JobQuery query, string?[] statuses,
            [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct)
        {
            if (query.FlowId == null && query.IntegrationId == null)
            {
                throw new ArgumentException("-Latest needs a flow or an integration: pass -FlowId or -IntegrationId, or pipe flows or integrations in.");
            }
            var latest = await Client.GetLatestJobsAsync(query.FlowId, query.FlowId == null ? query.IntegrationId : null, ct);
            yield return latest.Where(j => (statuses[0] == null || statuses.Contains(j.Status)) && (query.Type == null || j.Type == query.Type)).ToList();
        }

        private JobQuery BuildQuery()
        {
            if (Since.HasValue && Until.HasValue && Since > Until)
            {
                ThrowTerminatingError(new ErrorRecord(
                    new ArgumentException($"-Since ({Since:u}) is after -Until ({Until:u}); no job can match. Swap them."),
                    "SinceAfterUntil", ErrorCategory.InvalidArgument, Since));
            }
            var (pipedFlow, pipedIntegration) = ParameterSetName == PipelineSet ? ScopeOf(InputObject) : (null, null);
            var query = new JobQuery
            {
                Type = Type?.ToLowerInvariant(),
                IntegrationId = pipedIntegration ?? CheckedId(IntegrationId, "integration id"),
                FlowId = pipedFlow ?? CheckedId(FlowId, "flow id"),
                ExportId = CheckedId(ExportId, "export id"),
                ImportId = CheckedId(ImportId, "import id"),
                FlowJobId = CheckedId(FlowJobId, "flow job id"),
                Since = Since,
                Until = Until,
            };
            if ((query.Type == "export" || query.Type == "import") && query.FlowJobId == null && query.ExportId == null && query.ImportId == null && !Latest)
            {
                // The API lists child jobs only under their flow job or step (celigo-api.md §9).
                throw new ArgumentException($"Jobs of type {query.Type} are listed under their flow job or their step: add -FlowJobId, -ExportId or -ImportId, " +
                    "or list flow jobs with -IncludeChildren to get each one's export and import jobs.");
            }
            if (!query.HasScope && !Latest)
            {
                query.Since = DateTime.Now - Retention;
                WriteVerbose($"No scope or date given: listing the jobs of the last {Retention.TotalDays} days (the API keeps jobs that long).");
            }
            return query;
        }

        /// <summary>A piped flow or integration, or any object naming one, scopes the listing.</summary>
        private static (string? Flow, string? Integration) ScopeOf(object? input)
        {
            switch (PipeBind.Unwrap(input))
            {
                case Flow flow:
                    return (flow.Id, null);
                case Integration integration:
                    return (null, integration.Id);
                default:
                    var flowId = PipeBind.Property(input, "FlowId", "_flowId");
                    var integrationId = PipeBind.Property(input, "IntegrationId", "_integrationId");
                    if (flowId == null && integrationId == null)
                    {
                        throw PipeBind.WrongKind(input, "flows or integrations (from Get-CeligoFlow, Get-CeligoIntegration), or objects with a FlowId or IntegrationId property");
                    }
                    return (flowId == null ? null : RequireId(flowId, "flow id"), flowId != null || integrationId == null ? null : RequireId(integrationId, "integration id"));
            }
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
