using System.Diagnostics;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace CeligoPS.Tests.Reliability;

/// <summary>
/// The fault suite as users meet it: cmdlets in a pipeline, over a session whose retry budget is
/// set with Connect-Celigo. Passing faults must cost nothing but time; a fault that outlasts the
/// budget must end in an error that names what was not done, with everything before it delivered
/// once and no starting call sent twice.
/// </summary>
public static class PipelineFaultTests
{
    private const string Flow = SeedIds.FulfillmentsFlow;
    private const string Step = SeedIds.ShopifyFulfillmentImport;
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(20);

    public static IEnumerable<object[]> Faults() => FaultSuiteTests.Faults().Append(
        new object[] { "503 that does not stop", new FaultRule { Kind = FaultKind.Status, StatusCode = 503, Times = -1, SkipFirst = 1 } });

    private static async Task<Connected> StartAsync()
    {
        var c = await Connected.StartAsync();
        c.Run($"Connect-Celigo -BaseUri $CeligoTestBaseUri -Token $CeligoTestToken -RequestTimeout {FaultSuiteTests.AttemptTimeout.TotalSeconds} -TotalTimeout {Budget.TotalSeconds} -MaximumRetryCount 4 -RetryInterval 0.05").ShouldSucceed();
        return c;
    }

    private static bool Persistent(FaultRule rule) => rule.Times < 0;

    private static ScriptResult Measure(ITestOutputHelper log, Connected c, string scenario, string fault, string script, int expected, Func<ScriptResult, (int Received, int Duplicates)> count)
    {
        var watch = Stopwatch.StartNew();
        var result = c.Run(script);
        watch.Stop();
        var (received, duplicates) = count(result);
        var outcome = result.AllErrors.FirstOrDefault() is { } error ? "error: " + error.Exception.Message.Split('.')[0] : "complete";
        log.WriteLine($"| {scenario} | {fault} | {c.Emulator.Counters.Total} | {c.Emulator.Faults.Injected} | {expected}/{received} | {duplicates} | {watch.Elapsed.TotalSeconds:0.0} | {outcome} |");
        Assert.True(watch.Elapsed < Budget + TimeSpan.FromSeconds(5), $"{scenario} took {watch.Elapsed}, over the {Budget} budget");
        Assert.True(c.Emulator.Faults.Injected > 0);
        return result;
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class Listing(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(PipelineFaultTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var c = await StartAsync();
            c.Emulator.State.AddJobs(Flow, 2500, DateTime.UtcNow.AddMinutes(-1), sharedMillisecondEvery: 5);
            var expected = c.Emulator.State.All("jobs").Count(j => (string?)j["_flowId"] == Flow && (string?)j["type"] is "flow" or "retry" or "bulk_retry");
            c.Emulator.Faults.Add(FaultSuiteTests.On(rule, "GET", "/v1/jobs"));
            c.Emulator.Counters.Reset();

            var result = Measure(log, c, "cmdlet listing (Get-CeligoJob)", fault, $"Get-CeligoJob -FlowId {Flow} | ForEach-Object {{ $_.Id }}", expected,
                r => (r.Output.Count, r.Output.Count - r.Output.Select(o => o.ToString()).Distinct().Count()));

            Assert.Equal(result.Output.Count, result.Output.Select(o => o.ToString()).Distinct().Count());
            if (Persistent(rule))
            {
                // The first page arrived; the error says the listing stopped short, and how to go on from there.
                Assert.InRange(result.Output.Count, 1000, 1001);
                var error = Assert.Single(result.AllErrors);
                Assert.StartsWith("GET /v1/jobs failed with 503", error.Exception.Message);
                Assert.Contains($"The listing stopped after {result.Output.Count} items: the jobs created at or before", error.Exception.Message);
                Assert.Contains("run the command again with -Until", error.Exception.Message);
                Assert.Equal(System.Management.Automation.ErrorCategory.ResourceUnavailable, error.CategoryInfo.Category);
            }
            else
            {
                result.ShouldSucceed();
                Assert.Equal(expected, result.Output.Count);
            }
        }
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class FanOut(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(PipelineFaultTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var c = await StartAsync();
            var flow = SeedIds.ShopifyOrdersFlow;
            var expected = c.Emulator.State.StepIds(flow).Sum(s => c.Emulator.State.OpenErrorCount(flow, s));
            c.Emulator.Faults.Add(FaultSuiteTests.On(rule, "GET", $"/v1/flows/{flow}/"));
            c.Emulator.Counters.Reset();

            var result = Measure(log, c, "cmdlet fan-out (Get-CeligoFlow, Get-CeligoError)", fault, $"Get-CeligoFlow -Id {flow} | Get-CeligoError | ForEach-Object {{ $_.StepId + '/' + $_.ErrorId }}", expected,
                r => (r.Output.Count, r.Output.Count - r.Output.Select(o => o.ToString()).Distinct().Count()));

            Assert.Equal(result.Output.Count, result.Output.Select(o => o.ToString()).Distinct().Count());
            if (Persistent(rule))
            {
                Assert.NotEmpty(result.AllErrors);
                Assert.All(result.AllErrors, e => Assert.Contains($"/v1/flows/{flow}/", e.Exception.Message));
            }
            else
            {
                result.ShouldSucceed();
                Assert.Equal(expected, result.Output.Count);
            }
        }
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class BulkRetry(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(PipelineFaultTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var c = await StartAsync();
            for (var i = 0; i < 1500; i++)
            {
                c.Emulator.State.AddOpenError(Flow, Step, null, retriable: true);
            }
            var keys = c.Emulator.State.OpenErrors(Flow, Step).Select(x => (string?)x["retryDataKey"]).OfType<string>().Where(k => k.Length > 0).ToList();
            c.Emulator.Faults.Add(FaultSuiteTests.On(rule, "POST", $"/v1/flows/{Flow}/{Step}/retry"));
            c.Emulator.Counters.Reset();

            var result = Measure(log, c, "cmdlet bulk retry (Invoke-CeligoErrorRetry)", fault,
                $"Get-CeligoError -FlowId {Flow} -StepId {Step} | Invoke-CeligoErrorRetry -Confirm:$false", keys.Count,
                _ => (keys.Count(k => c.Emulator.Counters.RetriedCount(Flow, Step, k) == 1), keys.Count(k => c.Emulator.Counters.RetriedCount(Flow, Step, k) > 1)));
            await Task.Delay(rule.Kind == FaultKind.Latency ? 3500 : 0); // an abandoned attempt may still land

            Assert.DoesNotContain(keys, k => c.Emulator.Counters.RetriedCount(Flow, Step, k) > 1);
            if (result.AllErrors.Any())
            {
                // The API may have acted: named, and not sent again. A 429 proves it did not, so that one is never final.
                Assert.All(result.AllErrors, e => Assert.Contains($"/v1/flows/{Flow}/{Step}/retry", e.Exception.Message));
                Assert.False(rule.Kind == FaultKind.Status && rule.StatusCode == 429);
            }
            else
            {
                Assert.All(keys, k => Assert.Equal(1, c.Emulator.Counters.RetriedCount(Flow, Step, k)));
            }
        }
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class BulkResolve(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(PipelineFaultTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var c = await StartAsync();
            for (var i = 0; i < 1500; i++)
            {
                c.Emulator.State.AddOpenError(Flow, Step, null, retriable: true);
            }
            var count = c.Emulator.State.OpenErrorCount(Flow, Step);
            c.Emulator.Faults.Add(FaultSuiteTests.On(rule, "PUT", $"/v1/flows/{Flow}/{Step}/resolved"));
            c.Emulator.Counters.Reset();

            var result = Measure(log, c, "cmdlet bulk resolve (Resolve-CeligoError)", fault,
                $"Get-CeligoError -FlowId {Flow} -StepId {Step} | Resolve-CeligoError -Confirm:$false", count,
                _ => (count - c.Emulator.State.OpenErrorCount(Flow, Step), 0));

            if (Persistent(rule))
            {
                // One batch went through (batches go side by side, so which one varies); the error names
                // the call and says how many were accepted, which is what the account shows.
                var error = Assert.Single(result.AllErrors);
                Assert.Contains($"/v1/flows/{Flow}/{Step}/resolved", error.Exception.Message);
                var accepted = int.Parse(System.Text.RegularExpressions.Regex.Match(error.Exception.Message, @"(\d+) accepted").Groups[1].Value);
                Assert.InRange(accepted, 1, 1000);
                Assert.Equal(count - accepted, c.Emulator.State.OpenErrorCount(Flow, Step));
            }
            else
            {
                result.ShouldSucceed();
                Assert.Equal(0, c.Emulator.State.OpenErrorCount(Flow, Step));
            }
        }
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class FlowRun(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(PipelineFaultTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var c = await StartAsync();
            var flow = SeedIds.ShopifyOrdersFlow;
            var run = $"/v1/flows/{flow}/run";
            var onRun = FaultSuiteTests.On(rule, "POST", run);
            onRun.SkipFirst = 0; // there is only the one call
            c.Emulator.Faults.Add(onRun);
            c.Emulator.Counters.Reset();

            var result = Measure(log, c, "cmdlet flow run (Invoke-CeligoFlow)", fault, $"Invoke-CeligoFlow -Id {flow} -Confirm:$false", 1,
                _ => (c.Emulator.Counters.JobsCreated("flow"), Math.Max(0, c.Emulator.Counters.JobsCreated("flow") - 1)));
            await Task.Delay(rule.Kind == FaultKind.Latency ? 3500 : 0);

            Assert.True(c.Emulator.Counters.JobsCreated("flow") <= 1);
            if (result.AllErrors.Any())
            {
                Assert.Contains(run, Assert.Single(result.AllErrors).Exception.Message);
            }
            else
            {
                Assert.Equal(1, c.Emulator.Counters.JobsCreated("flow"));
                Assert.Single(result.Output);
            }
        }
    }
}
