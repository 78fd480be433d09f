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
                    await foreach (var page in Client.GetIntegrationErrorCountsAsync(resource.Id, ct))
                    {
                        foreach (var summary in page)
                        {
                            output.Object(PSObjectFactory.Tag(summary, TypeNames.ErrorSummary));
                        }
                    }
                    return;
                }
                foreach (var summary in await Client.GetFlowErrorCountsAsync(resource.Id, (piped as Flow)?.IntegrationId, ct))
                {
                    output.Object(PSObjectFactory.Tag(summary, TypeNames.ErrorSummary));
                }
            }, InputObject ?? (object?)IntegrationId ?? FlowId);
        }
    }
}
