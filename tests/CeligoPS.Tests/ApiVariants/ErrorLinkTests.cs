using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.ApiVariants;

/// <summary>
/// The error lists' nextPageURL, both ways the sources describe it (celigo-api.md §9): keeping the
/// caller's filters, or (as Celigo's UI reads it) under /api with the cursor alone. Every page of a
/// filtered listing holds only what the filter selects, and an action after it touches only those.
/// </summary>
public sealed class ErrorLinkTests
{
    public static TheoryData<bool> LinkStyles => new() { false, true };

    [Theory]
    [MemberData(nameof(LinkStyles))]
    public async Task AFilteredListing_IsFilteredOnEveryPage_AndAResolveAfterItTouchesOnlyThose(bool linksKeepFilters)
    {
        await using var c = await Connected.StartAsync(o =>
        {
            o.ErrorLinksKeepFilters = linksKeepFilters;
            o.ErrorPageSize = 10; // many pages
        });
        var flow = SeedIds.ShopifyOrdersFlow;
        var step = c.Emulator.State.StepIds(flow)[0];
        c.Emulator.State.AddOpenErrors(flow, step, 120, retriable: false); // mixed sources: connection, application, transformation
        var open = c.Emulator.State.OpenErrors(flow, step);
        var connection = open.Where(e => (string?)e["source"] == "connection").Select(e => (string)e["errorId"]!.ToString()).ToHashSet();
        Assert.True(connection.Count > 10 && connection.Count < open.Count, "the step needs more than a page of connection errors, and others");

        var listed = c.Run($"Get-CeligoError -FlowId {flow} -StepId {step} -Source connection");
        listed.ShouldSucceed();
        Assert.All(listed.Output, e => Assert.Equal("connection", e.Properties["Source"].Value));
        Assert.Equal(connection.OrderBy(i => i), listed.Output.Select(e => (string)e.Properties["ErrorId"].Value).OrderBy(i => i));
        Assert.True(c.Emulator.Counters.Count("GET", "/v1/flows/{id}/{id}/errors") > 1, "the listing went past its first page");

        c.Run($"Get-CeligoError -FlowId {flow} -StepId {step} -Source connection | Resolve-CeligoError -Confirm:$false").ShouldSucceed();

        var left = c.Emulator.State.OpenErrors(flow, step);
        Assert.Equal(open.Count - connection.Count, left.Count);
        Assert.DoesNotContain(left, e => (string?)e["source"] == "connection");
    }
}
