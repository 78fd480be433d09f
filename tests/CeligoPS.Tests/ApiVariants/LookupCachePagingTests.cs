using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// A lookup cache read whole under both ways of going past 1000 keys the sources give (celigo-api.md
/// §9): the documented startAfterKey with no link, or a nextPageURL.
/// </summary>
public sealed class LookupCachePagingTests
{
    public static TheoryData<bool> Styles => new() { false, true };

    [Theory]
    [MemberData(nameof(Styles))]
    public async Task ACacheOfThousands_IsReadWhole_EveryKeyOnce(bool nextPageLinks)
    {
        await using var c = await Connected.StartAsync(o => o.LookupCacheNextPageLinks = nextPageLinks);
        var cache = SeedIds.SkuLookupCache;
        c.Run($"$entries = @{{}}; 1..2500 | ForEach-Object {{ $entries['BULK-{{0:d5}}' -f $_] = $_ }}; Set-CeligoLookupCacheData -LookupCacheId {cache} -Entry $entries -Confirm:$false").ShouldSucceed();
        var expected = c.Emulator.State.LookupCacheKeys(cache);
        Assert.True(expected.Count >= 2500);

        var result = c.Run($"Get-CeligoLookupCacheData -LookupCacheId {cache} | ForEach-Object Key");

        result.ShouldSucceed();
        var keys = result.Output.Select(o => o.ToString()).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        Assert.Equal(expected.OrderBy(k => k, StringComparer.Ordinal), keys.OrderBy(k => k, StringComparer.Ordinal));
    }
}
