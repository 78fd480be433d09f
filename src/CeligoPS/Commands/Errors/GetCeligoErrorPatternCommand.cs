using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>
    /// Groups errors into patterns: the same code and the same message once ids, numbers, addresses and
    /// times are taken out, with how many, when first and last seen, where, and whether they can be
    /// retried. Takes errors (from Get-CeligoError), or flows, jobs and integrations whose open errors
    /// it reads; the patterns come out once all input is in, the most frequent first.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "CeligoErrorPattern")]
    [OutputType(typeof(ErrorPattern))]
    public sealed class GetCeligoErrorPatternCommand : CeligoCmdlet
    {
        private const string Accepted = "errors (from Get-CeligoError), or flows, jobs and integrations (from Get-CeligoFlow, Get-CeligoJob, Get-CeligoIntegration) whose open errors to read";

        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        private readonly ConcurrentQueue<StepError> _errors = new ConcurrentQueue<StepError>();

        protected override void ProcessRecord()
        {
            var input = PipeBind.Unwrap(InputObject);
            if (input is StepError error)
            {
                _errors.Enqueue(error);
                return;
            }
            if (!(input is Flow || input is CeligoJob || input is Integration))
            {
                ReportFailure(PipeBind.WrongKind(InputObject, Accepted), InputObject);
                return;
            }
            Run(async (output, ct) =>
            {
                IAsyncEnumerable<IReadOnlyList<StepError>> pages = input switch
                {
                    Flow flow => Client.ListFlowErrorsAsync(flow, null, (e, what) => output.Error(e, what), ct),
                    CeligoJob job => Client.ListJobErrorsAsync(job, null, (e, what) => output.Error(e, what), ct),
                    _ => Client.ListIntegrationErrorsAsync(((Integration)input).Id, null, null, (e, what) => output.Error(e, what), ct),
                };
                await foreach (var page in Names.NameErrorsAsync(pages, ct))
                {
                    foreach (var e in page)
                    {
                        _errors.Enqueue(e);
                    }
                }
            }, InputObject);
        }

        protected override void EndProcessing()
        {
            foreach (var pattern in ErrorPattern.Group(_errors))
            {
                WriteObject(PSObjectFactory.Tag(pattern, TypeNames.ErrorPattern));
            }
            base.EndProcessing();
        }
    }
}
