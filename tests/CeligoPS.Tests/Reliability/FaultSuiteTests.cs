using System.Diagnostics;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Emulator;
using CeligoPS.Tests.Infrastructure;
using Xunit;
using Xunit.Abstractions;

namespace CeligoPS.Tests.Reliability;

/// <summary>
/// Listing, fan-out, bulk retry/resolve and flow run under each kind of fault the emulator injects.
/// Reads must deliver every object exactly once; a starting POST is never sent twice after the server
/// may have acted (only after a 429, which proves it did not), and a failure names what it was.
/// </summary>
public static class FaultSuiteTests
{
    private const string Flow = SeedIds.FulfillmentsFlow;
    private const string Step = SeedIds.ShopifyFulfillmentImport;

    /// <summary>
    /// One attempt's time. A call that is answered must fit in it with room to spare on a loaded 2-core
    /// machine (a 1000-key retry call once took over a second there, and a POST that timed out may not
    /// be sent again); the latency row waits well beyond it.
    /// </summary>
    internal static readonly TimeSpan AttemptTimeout = TimeSpan.FromSeconds(2);

    public static IEnumerable<object[]> Faults() => new[]
    {
        new object[] { "429 burst", new FaultRule { Kind = FaultKind.Status, StatusCode = 429, RetryAfterSeconds = 1, Times = 3 } },
        new object[] { "500", new FaultRule { Kind = FaultKind.Status, StatusCode = 500, Times = 2 } },
        new object[] { "502", new FaultRule { Kind = FaultKind.Status, StatusCode = 502, Times = 2 } },
        new object[] { "503", new FaultRule { Kind = FaultKind.Status, StatusCode = 503, Times = 2 } },
        new object[] { "latency over the attempt timeout", new FaultRule { Kind = FaultKind.Latency, Delay = AttemptTimeout * 2, Times = 1 } },
        new object[] { "reset mid-body", new FaultRule { Kind = FaultKind.ResetMidBody, Times = 2 } },
        new object[] { "truncated body", new FaultRule { Kind = FaultKind.TruncatedBody, Times = 2 } },
        new object[] { "non-JSON body", new FaultRule { Kind = FaultKind.NonJson, Times = 2 } },
        new object[] { "HTML error page", new FaultRule { Kind = FaultKind.HtmlErrorPage, Times = 2 } },
    };

    private static CeligoClient Client(EmulatorServer e) => new(e.BaseUri, new SecretToken(Connected.Token), new CeligoClientOptions
    {
        RetryBaseDelay = TimeSpan.FromMilliseconds(50),
        AttemptTimeout = FaultSuiteTests.AttemptTimeout,
        TotalTimeout = TimeSpan.FromSeconds(20),
    });

    /// <summary>The fault of a scenario row, aimed at one method and path.</summary>
    internal static FaultRule On(FaultRule template, string method, string path) => new()
    {
        Method = method, PathPrefix = path, Kind = template.Kind, StatusCode = template.StatusCode,
        RetryAfterSeconds = template.RetryAfterSeconds, Delay = template.Delay, Times = template.Times, SkipFirst = template.SkipFirst,
    };

    private static async Task<List<T>> All<T>(IAsyncEnumerable<IReadOnlyList<T>> pages)
    {
        var all = new List<T>();
        await foreach (var page in pages)
        {
            all.AddRange(page);
        }
        return all;
    }

    private static void Report(ITestOutputHelper log, string scenario, string fault, EmulatorServer e, int expected, int received, int duplicates, Stopwatch watch, string outcome) =>
        log.WriteLine($"| {scenario} | {fault} | {e.Counters.Total} | {e.Faults.Injected} | {expected}/{received} | {duplicates} | {watch.Elapsed.TotalSeconds:0.0} | {outcome} |");

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class Listing_DeliversEveryJobOnce(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(FaultSuiteTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var e = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
            e.State.AddJobs(Flow, 2500, DateTime.UtcNow.AddMinutes(-1), sharedMillisecondEvery: 5);
            // Without a type the list holds the flow's parent jobs: its runs and its retries.
            var expected = e.State.All("jobs").Count(j => (string?)j["_flowId"] == Flow && (string?)j["type"] is "flow" or "retry" or "bulk_retry");
            e.Faults.Add(On(rule, "GET", "/v1/jobs"));
            using var client = Client(e);
            var watch = Stopwatch.StartNew();

            var jobs = await All(client.ListJobsAsync(new JobQuery { FlowId = Flow }, default));

            var duplicates = jobs.Count - jobs.Select(j => j.Id).Distinct().Count();
            Report(log, "listing", fault, e, expected, jobs.Count, duplicates, watch, "all arrived");
            Assert.Equal(0, duplicates);
            Assert.Equal(expected, jobs.Count);
            Assert.True(e.Faults.Injected > 0);
        }
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class FanOut_DeliversEveryErrorOnce(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(FaultSuiteTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var e = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
            var expected = e.State.StepIds(SeedIds.ShopifyOrdersFlow).Sum(s => e.State.OpenErrorCount(SeedIds.ShopifyOrdersFlow, s));
            e.Faults.Add(On(rule, "GET", $"/v1/flows/{SeedIds.ShopifyOrdersFlow}/"));
            using var client = Client(e);
            var watch = Stopwatch.StartNew();

            var model = await client.GetFlowAsync(SeedIds.ShopifyOrdersFlow, default);
            var errors = await All(client.ListFlowErrorsAsync(model, null, null, default));

            var duplicates = errors.Count - errors.Select(x => (x.StepId, x.ErrorId)).Distinct().Count();
            Report(log, "fan-out", fault, e, expected, errors.Count, duplicates, watch, "all arrived");
            Assert.Equal(0, duplicates);
            Assert.Equal(expected, errors.Count);
        }
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class BulkResolve_ResolvesEveryErrorOnce(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(FaultSuiteTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var e = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
            for (var i = 0; i < 1500; i++)
            {
                e.State.AddOpenError(Flow, Step, null, retriable: true);
            }
            var ids = e.State.OpenErrors(Flow, Step).Select(x => (string)x["errorId"]!).ToList();
            e.Faults.Add(On(rule, "PUT", $"/v1/flows/{Flow}/{Step}/resolved"));
            using var client = Client(e);
            var watch = Stopwatch.StartNew();

            await client.ResolveErrorsAsync(Flow, Step, ids, default);

            Report(log, "bulk resolve", fault, e, ids.Count, ids.Count - e.State.OpenErrorCount(Flow, Step), 0, watch, "all resolved");
            Assert.Equal(0, e.State.OpenErrorCount(Flow, Step));
        }
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class BulkRetry_NeverSendsAKeyTwice(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(FaultSuiteTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var e = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
            for (var i = 0; i < 1500; i++)
            {
                e.State.AddOpenError(Flow, Step, null, retriable: true);
            }
            var keys = e.State.OpenErrors(Flow, Step).Select(x => (string?)x["retryDataKey"]).Where(k => !string.IsNullOrEmpty(k)).Select(k => k!).ToList();
            e.Faults.Add(On(rule, "POST", $"/v1/flows/{Flow}/{Step}/retry"));
            using var client = Client(e);
            var watch = Stopwatch.StartNew();

            Exception? failure = null;
            try
            {
                await client.RetryErrorsAsync(Flow, Step, keys, default);
            }
            catch (Exception x) when (x is CeligoApiException or CeligoTransportException or CeligoPartialFailureException)
            {
                failure = x;
            }
            await Task.Delay(rule.Kind == FaultKind.Latency ? 3500 : 0); // a delayed attempt may still land
            if (failure is CeligoPartialFailureException partial)
            {
                // What the failure says was accepted, uncertain and unsent adds up, and the unsent keys really were not sent.
                Assert.Equal(keys.Count, partial.Done.Count + partial.Uncertain.Count + partial.NotSent.Count);
                Assert.All(partial.NotSent, k => Assert.Equal(0, e.Counters.RetriedCount(Flow, Step, k)));
                Assert.All(partial.Done, k => Assert.Equal(1, e.Counters.RetriedCount(Flow, Step, k)));
            }

            var duplicates = keys.Count(k => e.Counters.RetriedCount(Flow, Step, k) > 1);
            Report(log, "bulk retry", fault, e, keys.Count, keys.Count(k => e.Counters.RetriedCount(Flow, Step, k) == 1), duplicates, watch,
                failure == null ? "all sent" : "error: " + failure.Message.Split('.')[0]);
            Assert.Equal(0, duplicates);
            if (rule.Kind == FaultKind.Status && rule.StatusCode == 429)
            {
                Assert.Null(failure); // refused before acting: sent again after Retry-After
            }
            if (failure == null)
            {
                // Done (after a 429, or a 2xx JSON answer cut short: the API acted): every key exactly once.
                Assert.All(keys, k => Assert.Equal(1, e.Counters.RetriedCount(Flow, Step, k)));
            }
            else
            {
                // The server may have acted: reported with the call named, and not sent again.
                Assert.Contains($"/v1/flows/{Flow}/{Step}/retry", failure.Message);
            }
        }
    }

    /// <summary>One scenario: its rows run in turn, while the other scenarios run beside it.</summary>
    public sealed class FlowRun_StartsAtMostOneJob(ITestOutputHelper log)
    {
        [Theory]
        [MemberData(nameof(Faults), MemberType = typeof(FaultSuiteTests))]
        public async Task Run(string fault, FaultRule rule)
        {
            await using var e = await EmulatorServer.StartAsync(new EmulatorOptions { Token = Connected.Token });
            var run = $"/v1/flows/{SeedIds.ShopifyOrdersFlow}/run";
            e.Faults.Add(On(rule, "POST", run));
            using var client = Client(e);
            var watch = Stopwatch.StartNew();

            Exception? failure = null;
            try
            {
                await client.RunFlowAsync(SeedIds.ShopifyOrdersFlow, null, default);
            }
            catch (Exception x) when (x is CeligoApiException or CeligoTransportException)
            {
                failure = x;
            }
            await Task.Delay(rule.Kind == FaultKind.Latency ? 3500 : 0);

            var jobs = e.Counters.JobsCreated("flow");
            Report(log, "flow run", fault, e, 1, jobs, Math.Max(0, jobs - 1), watch, failure == null ? "started" : "error: " + failure.Message.Split('.')[0]);
            Assert.True(jobs <= 1, $"{jobs} jobs were started");
            if (failure == null)
            {
                Assert.Equal(1, jobs);
            }
            else
            {
                Assert.Contains(run, failure.Message);
            }
        }
    }
}
