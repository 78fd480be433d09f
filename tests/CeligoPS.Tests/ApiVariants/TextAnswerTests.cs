using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// Writes whose answer Celigo does not document (resolve, assign, tags, retry, lookup-cache data
/// deletes), answered with a text "OK" (as the API answers other writes) or with 204: either way the
/// command reports success after one call, not retries and a false failure.
/// </summary>
public sealed class TextAnswerTests
{
    public static TheoryData<bool> Answers => new() { true, false };

    [Theory]
    [MemberData(nameof(Answers))]
    public async Task WritesAnsweredOKOrNothing_AreDone_AfterOneCallEach(bool textAnswers)
    {
        await using var c = await Connected.StartAsync(o => o.WriteAnswersAreText = textAnswers);
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = c.Emulator.State.StepIds(flow)[0];
        c.Emulator.State.AddOpenErrors(flow, step, 4, retriable: true);
        var errors = $"Get-CeligoError -FlowId {flow} -StepId {step} | Select-Object -First 2";

        var result = c.Run(string.Join("\n",
            $"{errors} | Set-CeligoErrorAssignee -Email ana.admin@acme-outdoor.com -Confirm:$false",
            $"New-CeligoTag -Name text-answers | Out-Null; {errors} | Set-CeligoErrorTag -Tag text-answers -Confirm:$false",
            $"{errors} | Resolve-CeligoError -Confirm:$false",
            $"Get-CeligoError -FlowId {flow} -StepId {step} | Select-Object -First 1 | Invoke-CeligoErrorRetry -Confirm:$false",
            $"Remove-CeligoLookupCacheData -LookupCacheId {SeedIds.SkuLookupCache} -Key SKU-00001 -Confirm:$false"));

        result.ShouldSucceed();
        var statuses = result.Output.Select(o => o.Properties["Status"]?.Value as string).Where(s => s != null).ToList();
        Assert.Equal(6, statuses.Count(s => s == "Done"));
        Assert.Contains("Submitted", statuses);
        foreach (var (method, path) in new[] { ("PUT", "/v1/flows/{id}/{id}/errors/assign"), ("PUT", "/v1/flows/{id}/{id}/tags"), ("PUT", "/v1/flows/{id}/{id}/resolved"), ("POST", "/v1/flows/{id}/{id}/retry"), ("DELETE", "/v1/lookupcaches/{id}/data") })
        {
            Assert.Equal(1, c.Emulator.Counters.Count(method, path));
        }
    }
}
