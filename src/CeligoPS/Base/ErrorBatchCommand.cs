using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client;
using CeligoPS.Client.Models;
using CeligoPS.Commands.Errors;

namespace CeligoPS.Base
{
    /// <summary>
    /// Bulk actions on errors (resolve, assign, tag): errors piped in (or rows with FlowId, StepId and
    /// ErrorId), or named with -FlowId -StepId -ErrorId. Everything is gathered first, de-duplicated,
    /// and acted on per step in calls of at most 1000 ids, with -WhatIf/-Confirm per step and a result
    /// per error.
    /// </summary>
    public abstract class ErrorBatchCommand : CeligoCmdlet
    {
        protected const string PipelineSet = "Pipeline";
        protected const string IdSet = "ById";
        private const string Accepted = "errors (from Get-CeligoError) or objects with FlowId, StepId and ErrorId properties";

        private readonly Dictionary<(string Flow, string Step), Dictionary<string, StepError>> _pending =
            new Dictionary<(string, string), Dictionary<string, StepError>>();

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        [Parameter(ParameterSetName = IdSet, Mandatory = true)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        [Parameter(ParameterSetName = IdSet, Mandatory = true)]
        [Alias("_expOrImpId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.StepIdCompleter))]
        public string? StepId { get; set; }

        [Parameter(ParameterSetName = IdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string[]? ErrorId { get; set; }

        /// <summary>The verb shown in -WhatIf and in each result (Resolve, Assign, Tag).</summary>
        internal abstract string Action { get; }

        /// <summary>What -WhatIf adds after the errors, e.g. " to ops@example.com".</summary>
        internal virtual string Detail => "";

        /// <summary>Acts on one step's errors.</summary>
        internal abstract Task ApplyAsync(string flowId, string stepId, IReadOnlyList<StepError> errors, CancellationToken ct);

        protected override void ProcessRecord()
        {
            try
            {
                if (ParameterSetName == IdSet)
                {
                    foreach (var id in ErrorId!)
                    {
                        Queue(new StepError { FlowId = RequireId(FlowId, "flow id"), StepId = RequireId(StepId, "step id"), ErrorId = id });
                    }
                    return;
                }
                if (PipeBind.Unwrap(InputObject) is StepError error)
                {
                    Queue(error);
                    return;
                }
                var errorId = PipeBind.Property(InputObject, "ErrorId", "errorId") ?? throw PipeBind.WrongKind(InputObject, Accepted);
                Queue(new StepError
                {
                    FlowId = RequireId(PipeBind.Property(InputObject, "FlowId", "_flowId"), "flow id"),
                    StepId = RequireId(PipeBind.Property(InputObject, "StepId", "_expOrImpId"), "step id"),
                    ErrorId = errorId,
                    RetryDataKey = PipeBind.Property(InputObject, "RetryDataKey", "retryDataKey"),
                });
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? FlowId);
            }
        }

        protected override void EndProcessing()
        {
            // Asked step by step, naming flows and steps, then acted on all at once.
            LoadNamesIfAsked(_pending.Keys.Select(k => k.Flow));
            var approved = _pending
                .Select(group => (Flow: group.Key.Flow, Step: group.Key.Step, Errors: group.Value.Values.ToList()))
                .Where(g => ShouldProcess($"{g.Errors.Count} error(s) of {Names.DescribeStep(g.Flow, g.Step)} ({Preview(g.Errors)}){Detail}", Action))
                .ToList();
            RunEach(approved, g => Names.DescribeStep(g.Flow, g.Step), async (g, output, ct) =>
            {
                try
                {
                    await ApplyAsync(g.Flow, g.Step, g.Errors, ct);
                    g.Errors.ForEach(e => output.Object(new ErrorActionResult(g.Flow, g.Step, e.ErrorId!, Action, ErrorActionResult.Done)));
                }
                catch (CeligoPartialFailureException partial)
                {
                    // Some calls of the step went through: each error says what became of it.
                    var done = new HashSet<string>(partial.Done, StringComparer.Ordinal);
                    var uncertain = new HashSet<string>(partial.Uncertain, StringComparer.Ordinal);
                    foreach (var x in g.Errors)
                    {
                        output.Object(done.Contains(x.ErrorId!)
                            ? new ErrorActionResult(g.Flow, g.Step, x.ErrorId!, Action, ErrorActionResult.Done)
                            : uncertain.Contains(x.ErrorId!)
                                ? new ErrorActionResult(g.Flow, g.Step, x.ErrorId!, Action, ErrorActionResult.Uncertain,
                                    $"In the call that failed ({partial.InnerException?.Message}); the API may or may not have acted on it: check before sending it again.")
                                : new ErrorActionResult(g.Flow, g.Step, x.ErrorId!, Action, ErrorActionResult.NotSent, "Not sent: an earlier call for this step failed."));
                    }
                    throw;
                }
                catch (Exception e) when (!(e is OperationCanceledException))
                {
                    g.Errors.ForEach(x => output.Object(new ErrorActionResult(g.Flow, g.Step, x.ErrorId!, Action, ErrorActionResult.Failed, e.Message)));
                    throw;
                }
            });
            base.EndProcessing();
        }

        private void Queue(StepError error)
        {
            if (string.IsNullOrEmpty(error.ErrorId))
            {
                throw new ArgumentException("An error without an error id cannot be acted on; pipe errors from Get-CeligoError.");
            }
            if (!_pending.TryGetValue((error.FlowId, error.StepId), out var errors))
            {
                _pending[(error.FlowId, error.StepId)] = errors = new Dictionary<string, StepError>(StringComparer.Ordinal);
            }
            errors[error.ErrorId!] = error; // each error once, however often it arrives
        }

        private static string Preview(IReadOnlyList<StepError> errors) =>
            errors.Count <= 5 ? string.Join(", ", errors.Select(e => e.ErrorId)) : string.Join(", ", errors.Take(5).Select(e => e.ErrorId)) + $", and {errors.Count - 5} more";
    }
}
