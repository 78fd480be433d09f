using System;
using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Flows
{
    /// <summary>Runs flows now, optionally for chosen sources and a delta date window, and can wait for the result.</summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CeligoFlow", DefaultParameterSetName = ByIdSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CeligoJob))]
    public sealed class InvokeCeligoFlowCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";
        private readonly List<string> _started = new List<string>();
        private readonly List<FlowRunJobs> _runs = new List<FlowRunJobs>();

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("FlowId", "_flowId")]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        /// <summary>Flows (from Get-CeligoFlow), or objects with a FlowId.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>Run only these page generators (sources) of the flow.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? ExportId { get; set; }

        [Parameter]
        public DateTime? StartDate { get; set; }

        [Parameter]
        public DateTime? EndDate { get; set; }

        /// <summary>Wait for the run to end and return the final job.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>How long -Wait waits (a TimeSpan or seconds); the run goes on in integrator.io after it.</summary>
        [Parameter]
        [TimeSpanTransformation]
        [ValidatePositiveTimeSpan]
        public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(30);

        protected override void BeginProcessing()
        {
            if (StartDate.HasValue && EndDate.HasValue && StartDate > EndDate)
            {
                ThrowTerminatingError(new ErrorRecord(new ArgumentException($"-StartDate ({StartDate:u}) is after -EndDate ({EndDate:u}). Swap them."),
                    "StartAfterEnd", ErrorCategory.InvalidArgument, StartDate));
            }
        }

        protected override void ProcessRecord()
        {
            var ids = ParameterSetName == ByIdSet ? Id! : new[] { PipeBind.FlowId(InputObject) };
            foreach (var text in ids)
            {
                string flowId;
                try
                {
                    flowId = RequireId(text, "flow id");
                }
                catch (ArgumentException e)
                {
                    ReportFailure(e, text);
                    continue;
                }
                var window = StartDate.HasValue || EndDate.HasValue ? $" for {StartDate:u} to {EndDate:u}" : "";
                // A piped flow brings its name. Otherwise it is read when the prompt is shown, so the prompt
                // names what would run; with -Wait it is read anyway, so a failed run is named.
                var name = ParameterSetName == ByIdSet ? null : PipeBind.Property(InputObject, "Name");
                if (name == null || Wait)
                {
                    LoadNamesIfAsked(new[] { flowId }, forResults: Wait);
                    name ??= Names.FlowName(flowId);
                }
                if (!ShouldProcess($"flow {NameBook.Describe(name, flowId)}{window}", "Run"))
                {
                    continue;
                }
                var options = new RunOptions { ExportIds = ExportId, StartDate = StartDate, EndDate = EndDate };
                Run(async (output, ct) =>
                {
                    var jobId = await Client.RunFlowAsync(flowId, options, ct);
                    if (Wait)
                    {
                        _started.Add(jobId);
                        try
                        {
                            _runs.Add(await Client.FollowRunAsync(flowId, jobId, ExportId, ct));
                        }
                        catch (Exception e) when (e is CeligoApiException || e is CeligoTransportException)
                        {
                            // The run started; without its page generators only its first flow job can be followed.
                            output.Warning($"Flow {flowId} could not be read ({e.Message.TrimEnd('.')}), so only its first flow job {jobId} is waited for; a run of page generators one after the other starts one per generator.");
                        }
                    }
                    else
                    {
                        var job = await Client.GetJobAsync(jobId, ct);
                        job.FlowName ??= name;
                        output.Object(job);
                    }
                }, flowId);
            }
        }

        /// <summary>Runs started from several piped flows are waited for together.</summary>
        protected override void EndProcessing()
        {
            if (_started.Count > 0)
            {
                Run((output, ct) => JobWaiter.WaitAsync(Client, Names, _started, Timeout, "Running flows", output, ct, _runs));
            }
            base.EndProcessing();
        }
    }
}
