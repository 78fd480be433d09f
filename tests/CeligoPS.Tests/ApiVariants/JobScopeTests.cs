using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>The jobs list's scopes as Celigo documents them: _jobId is one, and an unscoped listing gets Celigo's own 400 message.</summary>
public sealed class JobScopeTests
{
    [Fact]
    public async Task TheJobsList_TakesJobIdAsAScope_AndRefusesNoScopeInCeligosWords()
    {
        await using var c = await Connected.StartAsync();
        using var client = c.NewClient();

        var one = await client.SendAsync(CeligoPS.Client.Http.ApiRequest.Get($"/v1/jobs?_jobId={SeedIds.FailedOrdersFlowJob}"), CancellationToken.None);
        Assert.Contains(SeedIds.FailedOrdersFlowJob, System.Text.Encoding.UTF8.GetString(one.Body));

        var refused = await Assert.ThrowsAsync<CeligoPS.Client.CeligoApiException>(() =>
            client.SendAsync(CeligoPS.Client.Http.ApiRequest.Get("/v1/jobs"), CancellationToken.None));
        Assert.Equal(400, refused.StatusCode);
        Assert.Contains("For parent jobs, query parameters must contain either \"_integrationId\" or \"_jobId\" or \"createdAt\"", refused.Message);
    }
}
