using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>
    /// Replaces the failed record a retry will send (fix the data, then retry): piped retry data from
    /// Get-CeligoErrorRetryData with its Data edited, a piped error with -Data, or -FlowId -StepId
    /// -RetryDataKey with -Data.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CeligoErrorRetryData", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(RetryData), typeof(RetryResult))]
    public sealed class SetCeligoErrorRetryDataCommand : CeligoCmdlet
    {
        private const string PipelineSet = "Pipeline";
        private const string KeySet = "Key";

        /// <summary>Retry data from Get-CeligoErrorRetryData, with Data changed.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true)]
        [Alias("_flowId")]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true)]
        [Alias("_expOrImpId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.StepIdCompleter))]
        public string? StepId { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? RetryDataKey { get; set; }

        /// <summary>
        /// The record(s) to send on the next retry: a hashtable, an object, or JSON text. With an error or
        /// retry data piped in, it replaces what the piped object carries.
        /// </summary>
        [Parameter(ParameterSetName = KeySet, Mandatory = true)]
        [Parameter(ParameterSetName = PipelineSet)]
        [ValidateNotNull]
        public object? Data { get; set; }

        /// <summary>Retries the error right after its data is replaced.</summary>
        [Parameter]
        public SwitchParameter Retry { get; set; }

        protected override void ProcessRecord()
        {
            string flowId, stepId, key;
            System.Text.Json.JsonElement data;
            try
            {
                var piped = ParameterSetName == PipelineSet;
                flowId = RequireId(piped ? PipeBind.Property(InputObject, "FlowId") : FlowId, "flow id");
                stepId = RequireId(piped ? PipeBind.Property(InputObject, "StepId") : StepId, "step id");
                key = (piped ? PipeBind.Property(InputObject, "RetryDataKey") : RetryDataKey)
                      ?? throw PipeBind.WrongKind(InputObject, "an error (from Get-CeligoError) with -Data, or retry data (from Get-CeligoErrorRetryData) with its Data edited");
                // -Data takes JSON text too (documented); checked here, before any request.
                data = PSJson.ToElement(PSJson.FromJsonText(Data ?? (piped ? PSObject.AsPSObject(InputObject).Properties["Data"]?.Value : null)
                       ?? throw new ArgumentException($"Nothing to send for retry data {key}: pass the corrected record with -Data, or pipe retry data from Get-CeligoErrorRetryData with its Data edited.")));
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
                return;
            }
            LoadNamesIfAsked(new[] { flowId }, forResults: Retry); // -Retry's result names the flow and step
            if (!ShouldProcess($"retry data {key} of {Names.DescribeStep(flowId, stepId)}", Retry ? "Replace and retry" : "Replace"))
            {
                return;
            }
            Run(async (output, ct) =>
            {
                // GET, replace data, PUT the whole document back: the data document carries more than the
                // record (trace key, stage...), and a PUT replaces all of it.
                var current = await Client.GetRetryDataAsync(flowId, stepId, key, ct);
                var document = current.GetAdditionalFields().ToDictionary(f => f.Key, f => (object?)f.Value);
                document["data"] = data;
                await Client.UpdateRetryDataAsync(flowId, stepId, key, PSJson.ToUtf8(document), ct);
                output.Object(await Client.GetRetryDataAsync(flowId, stepId, key, ct));
                if (Retry)
                {
                    var submissions = await Client.RetryErrorsAsync(flowId, stepId, new[] { key }, ct);
                    output.Object(new RetryResult(flowId, stepId, new[] { key }, submissions.Count, submissions.LastOrDefault()?.JobId, "Submitted", Names));
                }
            }, key);
        }
    }
}
