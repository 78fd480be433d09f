using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// The flows list (celigo-api.md §9 #11): filters no source confirms are refused, not ignored; and
/// -Property asks big listings for only the fields wanted (include=) while the objects' own
/// properties stay true.
/// </summary>
public sealed class FlowListTests
{
    [Fact]
    public async Task AnUnconfirmedFilter_IsRefused_NotIgnored()
    {
        await using var c = await Connected.StartAsync();

        var result = c.Run($"Invoke-CeligoRestMethod '/v1/flows?_integrationId={SeedIds.ShopifyIntegration}'");

        var error = Assert.Single(result.AllErrors);
        Assert.Contains("invalid_query_params", error.FullyQualifiedErrorId);
        Assert.Contains("/v1/integrations/{id}/flows", error.Exception.Message);
    }

    [Fact]
    public async Task Property_SendsInclude_AndKeepsTheObjectsOwnPropertiesTrue()
    {
        await using var c = await Connected.StartAsync();

        var result = c.Run("""
            $flows = Get-CeligoFlow -Property aiDescription.summary
            ($flows | Where-Object Disabled).Count
            ($flows | Where-Object { $null -ne $_.PageGenerators }).Count
            ($flows | Where-Object { $_.aiDescription.summary }).Count -eq ($flows | Where-Object { -not $_.AbstractFlowId }).Count
            ($flows | Where-Object Id -eq '5e1a0c9d2b3f4a6e8d7c0101' | Get-CeligoFlowStep).Count
            """);

        result.ShouldSucceed();
        var disabled = c.Emulator.State.All("flows").Count(f => (bool)f["disabled"]!);
        Assert.Equal(new object[] { disabled, 0, true, 3 }, result.Output.Select(o => o.BaseObject));
        var listing = c.Emulator.Counters.Requests.First(r => r.PathAndQuery.StartsWith("/v1/flows?"));
        Assert.Contains("include=", listing.PathAndQuery);
        Assert.Contains("disabled", Uri.UnescapeDataString(listing.PathAndQuery));
        Assert.Contains("aiDescription.summary", Uri.UnescapeDataString(listing.PathAndQuery));
    }

    [Fact]
    public async Task Property_WithAFieldListInOneString_IsRefusedBeforeAnyRequest()
    {
        await using var c = await Connected.StartAsync();
        var before = c.Emulator.Counters.Total;

        var result = c.Run("Get-CeligoFlow -Property 'name,schedule'");

        var error = Assert.Single(result.Errors);
        Assert.StartsWith("InvalidArgument", error.FullyQualifiedErrorId);
        Assert.Contains("'name,schedule' is not a field name", error.Exception.Message);
        Assert.Equal(before, c.Emulator.Counters.Total);
    }
}
