using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Counts open errors: per flow of an integration, or per step of a flow.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoErrorSummary", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(ErrorSummary))]
    public sealed class GetCeligoErrorSummaryCommand : IntegrationOrFlowCommand
    {
        protected override void ProcessRecord()
        {
            Run(async (output, ct) =>
            {
                var (resource, piped) = Target();
                if (resource.Type == "integrations")
                {
                    // A row per flow: every flow's name from one listing, read beside the summary.
                    var everyFlow = Names.LoadEveryFlowAsync(ct);
                    await foreach (var page in Client.GetIntegrationErrorCountsAsync(resource.Id, ct))
                    {
                        await everyFlow;
                        foreach (var summary in page)
                        {
                            Emit(summary, output);
                        }
                    }
                    return;
                }
                // A row per step: the flow's and its steps' names, read beside the summary.
                if (piped is Flow known)
                {
                    Names.Prefetch(known, ct);
                }
                var names = Names.LoadAsync(new[] { resource.Id }, ct);
                var summaries = await Client.GetFlowErrorCountsAsync(resource.Id, (piped as Flow)?.IntegrationId, ct);
                await names;
                foreach (var summary in summaries)
                {
                    Emit(summary, output);
                }
            }, InputObject ?? (object?)IntegrationId ?? FlowId);
        }

        private void Emit(ErrorSummary summary, AsyncOutput output)
        {
            Names.Name(summary);
            output.Object(PSObjectFactory.Tag(summary, TypeNames.ErrorSummary));
        }
    }
}
