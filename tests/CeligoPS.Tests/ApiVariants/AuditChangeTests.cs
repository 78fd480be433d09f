using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// Audit entries' changes, in both shapes the sources show (celigo-api.md §9): the documented
/// <c>fieldChanges</c> array, and the older single <c>fieldChange</c>. Either way the log says what
/// changed, from what to what.
/// </summary>
public sealed class AuditChangeTests
{
    public static TheoryData<bool> Shapes => new() { false, true };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task TheAuditLog_ShowsEachChangesFieldAndItsOldAndNewValues(bool singleFieldChange)
    {
        await using var c = await Connected.StartAsync(o => o.AuditSingleFieldChange = singleFieldChange);

        var result = c.Run($"Get-CeligoAuditLog -ResourceType connections -Id {SeedIds.OfflineConnection} | ForEach-Object FieldChanges | ForEach-Object {{ \"$($_.FieldPath): $($_.OldValue) -> $($_.NewValue)\" }}");
        var table = c.Run($"Get-CeligoAuditLog -ResourceType connections -Id {SeedIds.OfflineConnection} | Out-String -Width 200");

        result.ShouldSucceed();
        Assert.Contains("offline: False -> True", result.Output.Select(o => o.ToString()));
        Assert.Contains("offline: false -> true", string.Concat(table.Output.Select(o => o.ToString())));
    }
}
