using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;

namespace CeligoPS.Tests.Module;

/// <summary>Get-CeligoJob over the jobs list's createdAt cursor (at most 1001 rows a call, no page links).</summary>
public sealed class JobListingTests
{
    [Fact]
    public async Task MoreThan3000Jobs_ArriveEachExactlyOnce_AcrossCursorBoundariesWithTies()
    {
        await using var c = await Connected.StartAsync();
        var flow = SeedIds.FulfillmentsFlow;
        // Groups of 7 jobs share a millisecond, so page boundaries fall inside ties.
        c.Emulator.State.AddJobs(flow, 3500, DateTime.UtcNow.AddMinutes(-1), sharedMillisecondEvery: 7);
        var expected = c.Emulator.State.All("jobs").Where(j => (string?)j["_flowId"] == flow).Select(j => (string)j["_id"]!).ToHashSet();
        Assert.True(expected.Count > 3000);

        var result = c.Run($"Get-CeligoJob -FlowId {flow} | ForEach-Object Id");

        result.ShouldSucceed();
        var ids = result.Output.Select(o => o.ToString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected.OrderBy(i => i), ids.OrderBy(i => i));
        Assert.True(c.Emulator.Counters.Count("GET", "/v1/jobs") >= 4, "3500 jobs need at least four calls of at most 1001 rows");
    }

    [Fact]
    public async Task ABrokenListing_ResumedWithTheSuggestedUntil_GivesEveryJobExactlyOnce()
    {
        await using var c = await Connected.StartAsync();
        var flow = SeedIds.FulfillmentsFlow;
        c.Emulator.State.AddJobs(flow, 2500, DateTime.UtcNow.AddMinutes(-1), sharedMillisecondEvery: 7);
        var expected = c.Emulator.State.All("jobs").Where(j => (string?)j["_flowId"] == flow).Select(j => (string)j["_id"]!).ToHashSet();
        // The second page is refused: the listing stops after its first 1001 rows.
        c.Emulator.Faults.Add(new FaultRule { Method = "GET", PathPrefix = "/v1/jobs", Kind = FaultKind.Status, StatusCode = 400, SkipFirst = 1, Times = 1 });

        var first = c.Run($"Get-CeligoJob -FlowId {flow} | ForEach-Object Id");
        var error = Assert.Single(first.AllErrors);
        var until = System.Text.RegularExpressions.Regex.Match(error.Exception.Message, @"-Until (\S+)").Groups[1].Value;
        Assert.NotEmpty(until);
        var resumed = c.Run($"Get-CeligoJob -FlowId {flow} -Until '{until}' | ForEach-Object Id");

        resumed.ShouldSucceed();
        var ids = first.Output.Concat(resumed.Output).Select(o => o.ToString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.Equal(expected.OrderBy(i => i), ids.OrderBy(i => i));
    }

    [Fact]
    public async Task First5_MakesASingleRequest()
    {
        await using var c = await Connected.StartAsync();
        c.Emulator.State.AddJobs(SeedIds.FulfillmentsFlow, 2500, DateTime.UtcNow.AddMinutes(-1), sharedMillisecondEvery: 1);

        var result = c.Run($"Get-CeligoJob -FlowId {SeedIds.FulfillmentsFlow} -First 5");

        result.ShouldSucceed();
        Assert.Equal(5, result.Output.Count);
        Assert.Equal(1, c.Emulator.Counters.Count("GET", "/v1/jobs"));
    }

    [Fact]
    public async Task StatusFilter_ReturnsOnlyThatStatus_NewestFirst()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run("Get-CeligoJob -Status Failed");
        result.ShouldSucceed();
        Assert.NotEmpty(result.Output);
        Assert.All(result.Output, j => Assert.Equal("failed", j.Properties["Status"].Value));
        var created = result.Output.Select(j => (DateTime)j.Properties["CreatedAt"].Value).ToList();
        Assert.Equal(created.OrderByDescending(d => d), created);
        Assert.Contains("CeligoPS.Job", result.Output[0].TypeNames);
    }

    [Fact]
    public async Task ById_GetsTheJob_AndABadIdIsRefusedBeforeAnyRequest()
    {
        await using var c = await Connected.StartAsync();
        var ok = c.Run($"Get-CeligoJob -Id {SeedIds.FailedOrdersFlowJob}");
        ok.ShouldSucceed();
        Assert.Equal(SeedIds.FailedOrdersFlowJob, Assert.Single(ok.Output).Properties["Id"].Value);

        c.Emulator.Counters.Reset();
        var bad = c.Run("Get-CeligoJob -Id 'not-an-id'");
        var error = Assert.Single(bad.Errors);
        Assert.Equal(System.Management.Automation.ErrorCategory.InvalidArgument, error.CategoryInfo.Category);
        Assert.Contains("24 hexadecimal", error.Exception.Message);
        Assert.Equal(0, c.Emulator.Counters.Total);
    }

    [Fact]
    public async Task UnknownJob_IsANonTerminatingObjectNotFound_WithTheApiCode()
    {
        await using var c = await Connected.StartAsync();
        var result = c.Run("Get-CeligoJob -Id 0123456789abcdef01234567, " + SeedIds.FailedOrdersFlowJob);
        var error = Assert.Single(result.Errors);
        Assert.Equal(System.Management.Automation.ErrorCategory.ObjectNotFound, error.CategoryInfo.Category);
        Assert.StartsWith("resource_not_found", error.FullyQualifiedErrorId);
        Assert.Contains("GET /v1/jobs/0123456789abcdef01234567", error.Exception.Message);
        Assert.Single(result.Output); // the good id still came back
    }
}
