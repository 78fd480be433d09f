using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Gets the failed record(s) a retry would send again, for errors piped in or named by key.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoErrorRetryData", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(RetryData))]
    public sealed class GetCeligoErrorRetryDataCommand : ErrorKeyInputCommand
    {
        protected override void ProcessRecord()
        {
            Run(async (output, ct) =>
            {
                foreach (var (flow, step, key) in Keys())
                {
                    var data = await Client.GetRetryDataAsync(flow, step, key, ct);
                    output.Object(data);
                }
            }, InputObject ?? (object?)RetryDataKey);
        }

        private IEnumerable<(string Flow, string Step, string Key)> Keys()
        {
            if (ParameterSetName == KeySet)
            {
                return NamedKeys().ToList();
            }
            var (flow, step, key) = PipedKey();
            if (key == null)
            {
                throw PipeBind.Unwrap(InputObject) is StepError error
                    ? new ArgumentException($"Error {error.ErrorId} has no retry data (no retry data key); it cannot be retried.")
                    : PipeBind.WrongKind(InputObject, "errors (from Get-CeligoError) or objects with FlowId, StepId and RetryDataKey properties");
            }
            return new[] { (RequireId(flow, "flow id"), RequireId(step, "step id"), key) };
        }
    }
}
