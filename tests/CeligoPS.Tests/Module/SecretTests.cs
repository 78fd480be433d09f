using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>The token never appears in anything a user, a log or a transcript could see.</summary>
public sealed class SecretTests
{
    [Fact]
    public async Task Token_AppearsNowhere_InOutputVerboseDebugErrorsOrContext()
    {
        await using var c = await Connected.StartAsync();
        var script = string.Join("\n",
            "Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken -PassThru -Verbose",
            "Get-CeligoContext",
            "Get-CeligoContext | ForEach-Object { $_.ToString() }",
            "Get-CeligoJob -Status Failed -First 2 -Verbose -Debug",
            "Get-CeligoFlow -Id 0123456789abcdef01234567 -Verbose",
            "Get-CeligoJob -Id nope",
            "Connect-Celigo -BaseUri $CeligoTestBaseUri -Token ($CeligoTestToken + 'x') -Verbose");

        var result = c.Run(script, verbose: true, debug: true);

        Assert.Contains(result.AllErrors, e => e.CategoryInfo.Category == System.Management.Automation.ErrorCategory.AuthenticationError);
        Assert.NotEmpty(result.Verbose);
        Assert.Contains(result.Verbose, v => v.Contains("GET /v1/jobs"));
        Assert.True(result.AllErrors.Count() >= 3);
        Assert.DoesNotContain(Connected.Token, result.AllText);
        var context = result.Output.First(o => o.TypeNames.Contains("CeligoPS.Session.CeligoSession"));
        Assert.Equal("********" + Connected.Token[^4..], context.Properties["Token"].Value);
    }

    [Fact]
    public async Task VerboseShowsOneLinePerRequest_WithMethodPathStatusAttemptAndTime()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run($"Get-CeligoFlow -Id {CeligoPS.Emulator.SeedIds.ShopifyOrdersFlow} -Verbose", verbose: true);
        result.ShouldSucceed();
        var line = Assert.Single(result.Verbose, v => v.StartsWith("GET "));
        Assert.Matches(@"^GET /v1/flows/[0-9a-f]{24}\?mergeInstance=true -> 200 \(attempt 1, \d+ ms\)$", line);
    }
}
