using System.Management.Automation;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Reliability;

/// <summary>Bad input gets a specific error with the right category before any request is sent.</summary>
public sealed class BadInputTests
{
    public static IEnumerable<object[]> Cases() => new[]
    {
        new object[] { "Get-CeligoFlow -Id 123", ErrorCategory.InvalidArgument, "24 hexadecimal" },
        new object[] { "Get-CeligoError -FlowId not-an-id", ErrorCategory.InvalidArgument, "24 hexadecimal" },
        new object[] { "Invoke-CeligoFlow -Id 5e1a0c9d2b3f4a6e8d7c01 -Confirm:$false", ErrorCategory.InvalidArgument, "24 hexadecimal" },
        new object[] { "Connect-Celigo -Region APAC -Token x", ErrorCategory.InvalidData, "US,EU" },
        new object[] { "Resolve-CeligoError -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 -ErrorId ' ' -Confirm:$false", ErrorCategory.InvalidData, "only white space" },
        new object[] { "Get-CeligoErrorRetryData -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 -RetryDataKey ' abc '", ErrorCategory.InvalidData, "white space around it" },
        new object[] { "New-CeligoTag -Name '  ' -Confirm:$false", ErrorCategory.InvalidData, "only white space" },
        new object[] { "Set-CeligoErrorAssignee -Email ' ana.admin@acme-outdoor.com' -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -StepId 5e1a0c9d2b3f4a6e8d7c0301 -ErrorId 1 -Confirm:$false", ErrorCategory.InvalidData, "white space around it" },
        new object[] { "Export-CeligoTemplate -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -Path ' '", ErrorCategory.InvalidData, "only white space" },
        new object[] { "Wait-CeligoJob -Id 5e1a0c9d2b3f4a6e8d7c0101 -Timeout -1", ErrorCategory.InvalidData, "longer than zero" },
        new object[] { "Get-CeligoJob -Type export", ErrorCategory.InvalidArgument, "add -FlowJobId, -ExportId or -ImportId" },
        new object[] { "Save-CeligoEnvironment -Name x -Token x1234567890 -BaseUri $CeligoTestBaseUri -ConfigPath ([System.IO.Path]::GetTempPath()) -Confirm:$false", ErrorCategory.InvalidArgument, "is a folder; give the config file itself" },
        new object[] { "Save-CeligoEnvironment -Name x -Token x1234567890 -BaseUri $CeligoTestBaseUri -ConfigPath (Join-Path ([psobject].Assembly.Location) 'c.json') -Confirm:$false", ErrorCategory.InvalidArgument, "is a file, not a folder" },
        new object[] { "Export-CeligoTemplate -FlowId 5e1a0c9d2b3f4a6e8d7c0101 -Path (Join-Path ([psobject].Assembly.Location) 't.zip')", ErrorCategory.InvalidArgument, "is a file, not a folder" },
        new object[] { "Connect-Celigo -BaseUri 'https://admin:pa55word-in-url@api.example.com' -Token x1234567890", ErrorCategory.InvalidArgument, "user name or password" },
        new object[] { "Connect-Celigo -Token x1234567890 -BaseUri $CeligoTestBaseUri -RequestTimeout 0.001", ErrorCategory.InvalidArgument, "-RequestTimeout must be from 10 ms to a day" },
        new object[] { "Connect-Celigo -Token x1234567890 -BaseUri $CeligoTestBaseUri -TotalTimeout (New-TimeSpan -Days 3)", ErrorCategory.InvalidArgument, "-TotalTimeout must be from 10 ms to a day" },
        new object[] { "Connect-Celigo -Token 'tökén-with-ümlauts-1234' -BaseUri $CeligoTestBaseUri", ErrorCategory.InvalidArgument, "characters an HTTP header cannot carry" },
        new object[] { "Save-CeligoEnvironment -Name x -BaseUri 'https://admin:pa55word-in-url@api.example.com' -Token x1234567890 -ConfigPath ./never.json -Confirm:$false", ErrorCategory.InvalidArgument, "user name or password" },
        new object[] { "Get-CeligoJob -Since 'not a date'", ErrorCategory.InvalidArgument, "not a date" },
        new object[] { "Get-CeligoJob -Since 2024-02-01 -Until 2024-01-01", ErrorCategory.InvalidArgument, "Swap them" },
        new object[] { "Get-CeligoError -FlowId " + SeedIds.ShopifyOrdersFlow + " -Since 2024-02-01 -Until 2024-01-01", ErrorCategory.InvalidArgument, "Swap them" },
        new object[] { "Invoke-CeligoFlow -Id " + SeedIds.ShopifyOrdersFlow + " -StartDate 2024-02-01 -EndDate 2024-01-01 -Confirm:$false", ErrorCategory.InvalidArgument, "Swap them" },
        new object[] { "'text' | Get-CeligoError", ErrorCategory.InvalidArgument, "objects with FlowId and StepId" },
        new object[] { "42 | Invoke-CeligoErrorRetry -Confirm:$false", ErrorCategory.InvalidArgument, "RetryDataKey" },
        new object[] { "[pscustomobject]@{ Name = 'x' } | Stop-CeligoJob -Confirm:$false", ErrorCategory.InvalidArgument, "JobId" },
        new object[] { "Connect-Celigo -Environment prod -ConfigPath ./missing-celigo-config.json", ErrorCategory.ObjectNotFound, "does not exist" },
        new object[] { "Connect-Celigo -Token 'your-api-key-here' -BaseUri http://127.0.0.1:1", ErrorCategory.InvalidArgument, "placeholder" },
        new object[] { "Connect-Celigo -Token x1234567890 -BaseUri http://127.0.0.1:1 -RequestTimeout 0", ErrorCategory.InvalidArgument, "-RequestTimeout must be from 10 ms to a day" },
        new object[] { "Connect-Celigo -Token x1234567890 -BaseUri http://127.0.0.1:1 -RequestTimeout 60 -TotalTimeout 10", ErrorCategory.InvalidArgument, "Make -TotalTimeout the longer one" },
        new object[] { "Connect-Celigo -Token x1234567890 -BaseUri http://127.0.0.1:1 -MaximumRetryCount 99", ErrorCategory.InvalidData, "99" },
        new object[] { "Set-CeligoFlow -Id " + SeedIds.ShopifyOrdersFlow + " -Confirm:$false", ErrorCategory.InvalidArgument, "Nothing to change" },
        new object[] { "Get-CeligoLookupCacheData -LookupCacheId " + SeedIds.SkuLookupCache + " -Key a -StartsWith b", ErrorCategory.InvalidArgument, "not both" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task BadInput_IsRefusedBeforeAnyRequest(string script, ErrorCategory category, string message)
    {
        await using var c = await Connected.StartAsync();

        var result = c.Run(script);

        var error = Assert.Single(result.AllErrors);
        Assert.Equal(category, error.CategoryInfo.Category);
        Assert.Contains(message, error.Exception.Message);
        Assert.Equal(0, c.Emulator.Counters.Total);
        Assert.DoesNotContain("pa55word", result.AllText); // a password in an address is never repeated
    }

    [Fact]
    public async Task OtherObjects_AreNotTakenForJobsOrTags_ByTheirId()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run("Get-CeligoIntegration | Stop-CeligoJob -Confirm:$false; Get-CeligoFlow -First 1 | Remove-CeligoTag -Confirm:$false");
        Assert.Equal(c.Emulator.State.IntegrationIds.Count + 1, result.Errors.Count);
        Assert.All(result.Errors, e => Assert.Equal(ErrorCategory.InvalidArgument, e.CategoryInfo.Category));
        Assert.DoesNotContain(c.Emulator.Counters.Requests, r => r.Method != "GET");
    }

    [Theory]
    [InlineData("@() | Invoke-CeligoErrorRetry -Confirm:$false")]
    [InlineData("@() | Resolve-CeligoError -Confirm:$false")]
    [InlineData("@() | Get-CeligoError")]
    [InlineData("@() | Wait-CeligoJob")]
    public async Task EmptyPipelines_DoNothing(string script)
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run(script);
        result.ShouldSucceed();
        Assert.Empty(result.Output);
        Assert.Equal(0, c.Emulator.Counters.Total);
    }
}
