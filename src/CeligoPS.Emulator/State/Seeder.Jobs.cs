using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Seven days of job history per flow, with child jobs, open errors (jobs younger than three days)
/// and resolved errors (older ones, half of them resolved by a retry job).
/// </summary>
internal sealed partial class Seeder
{
    private static readonly TimeSpan History = TimeSpan.FromDays(7);
    private static readonly TimeSpan OpenWindow = TimeSpan.FromDays(3);

    private void SeedJobs()
    {
        foreach (var fs in _flows)
        {
            var flow = fs.Flow;
            var flowId = (string)flow["_id"]!;
            var disabled = (bool)flow["disabled"]!;
            var special = flowId == SeedIds.ShopifyOrdersFlow ? _now - TimeSpan.FromHours(26) - TimeSpan.FromMilliseconds(_rng.Next(1000)) : (DateTime?)null;
            if (special is { } at)
                FlowJob(fs, SeedIds.FailedOrdersFlowJob, at, JobStatus.Failed, stableFailure: true);

            var every = TimeSpan.FromHours(fs.EveryHours);
            // A disabled flow stopped running four days ago.
            var newest = disabled ? _now - TimeSpan.FromDays(4) : _now;
            for (var k = 0; ; k++)
            {
                var createdAt = newest - every * k - TimeSpan.FromMinutes(3 + _rng.Next(20)) - TimeSpan.FromMilliseconds(_rng.Next(1000));
                if (createdAt < _now - History) break;
                if (special is { } s && (createdAt - s).Duration() < every / 2) continue;
                string status;
                var withErrors = false;
                if (k == 0 && fs.NewestStatus is not null) status = fs.NewestStatus;
                else if (_s.Failing.Contains(flowId)) status = k % 3 == 0 ? JobStatus.Failed : JobStatus.Completed;
                else if (k % 13 == 5) status = JobStatus.Failed;
                else if (k % 17 == 8) status = JobStatus.Canceled;
                else { status = JobStatus.Completed; withErrors = k % 6 == 2; }
                FlowJob(fs, _s.Ids.Next(), createdAt, status, withErrors: withErrors, manyErrors: k == 0 && flowId == SeedIds.FulfillmentsFlow);
            }

            // Errors that no job owns (e.g. from a real-time listener): _flowJobId absent.
            if (flowId == SeedIds.ShopifyOrdersFlow)
            {
                var import = FlowSteps.Find(flow, SeedIds.NetSuiteSalesOrderImport)!;
                for (var i = 0; i < 2; i++)
                    ErrorFactory.AddOpen(_s, flow, import, null, _now - TimeSpan.FromHours(50 + i) - TimeSpan.FromMilliseconds(_rng.Next(1000)), true, i);
            }
        }
    }

    private void FlowJob(FlowSeed fs, string id, DateTime createdAt, string status, bool withErrors = false, bool manyErrors = false, bool stableFailure = false)
    {
        var flow = fs.Flow;
        var flowId = (string)flow["_id"]!;
        var steps = FlowSteps.Of(flow);
        var pageGenerators = steps.Where(s => s.IsPageGenerator).ToList();
        var processors = steps.Where(s => !s.IsPageGenerator).ToList();
        var doc = JobFactory.Flow(id, flow, pageGenerators[0].Id, createdAt);
        var job = new JobRecord(doc, createdAt);
        _s.Jobs.Add(job);
        if (status == JobStatus.Queued) return;

        var startedAt = createdAt + TimeSpan.FromMilliseconds(100 + _rng.Next(900));
        var endedAt = startedAt + TimeSpan.FromSeconds(20 + _rng.Next(240)) + TimeSpan.FromMilliseconds(_rng.Next(1000));
        // Never finish in the future: the newest runs started only minutes ago.
        if (endedAt > _now - TimeSpan.FromSeconds(1)) endedAt = Dates.ToMillisecond(startedAt + (_now - startedAt) / 2);
        var records = stableFailure ? 25 : manyErrors ? 180 : _rng.Next(5, 61);
        var pages = (records + 19) / 20;
        JobFactory.Start(doc, startedAt);
        MarkExecuted(flow, startedAt);

        // Export child jobs exist as soon as the run starts.
        var exportChildren = pageGenerators.Select(pg =>
        {
            var child = JobFactory.Child(_s.Ids.Next(), pg, id, startedAt);
            JobFactory.Start(child, startedAt);
            _s.Jobs.Add(new JobRecord(child, startedAt));
            return child;
        }).ToList();

        if (status is JobStatus.Running or JobStatus.Canceling or JobStatus.Canceled)
        {
            foreach (var child in exportChildren) child["numExport"] = records / 2;
            doc["numExport"] = records / 2;
            if (status == JobStatus.Running) return;
            foreach (var j in exportChildren.Prepend(doc))
            {
                j["status"] = status;
                j["canceledBy"] = SeedIds.OwnerUser;
                if (status == JobStatus.Canceled) j["endedAt"] = Dates.Iso(endedAt);
            }
            return;
        }

        foreach (var child in exportChildren)
        {
            child["numExport"] = records;
            child["numPagesGenerated"] = pages;
            JobFactory.Finish(child, JobStatus.Completed, endedAt, success: records, pages: pages);
        }

        // Which steps get errors, and how many.
        var import = processors.LastOrDefault(s => s.IsImport);
        var lookup = processors.FirstOrDefault(s => !s.IsImport);
        var errorsByStep = new Dictionary<FlowStep, int>();
        if (stableFailure)
        {
            errorsByStep[import!] = 4;
            if (lookup is not null) errorsByStep[lookup] = 1;
        }
        else if (status == JobStatus.Failed || status == JobStatus.Retrying || withErrors)
        {
            var n = manyErrors ? 130 : status == JobStatus.Failed ? _rng.Next(1, 6) : _rng.Next(1, 4);
            errorsByStep[import ?? processors[^1]] = Math.Min(n, records);
        }
        var totalErrors = errorsByStep.Values.Sum();

        var childStart = startedAt;
        foreach (var step in processors)
        {
            childStart += TimeSpan.FromMilliseconds(1);
            var child = JobFactory.Child(_s.Ids.Next(), step, id, childStart);
            JobFactory.Start(child, childStart);
            var stepErrors = errorsByStep.GetValueOrDefault(step);
            var failedStep = stepErrors > 0 && (status == JobStatus.Failed && step == import);
            JobFactory.Finish(child, failedStep ? JobStatus.Failed : JobStatus.Completed, endedAt, success: records - stepErrors, error: stepErrors, pages: pages);
            _s.Jobs.Add(new JobRecord(child, childStart));
        }
        doc["numExport"] = records;
        doc["numPagesGenerated"] = pages;
        JobFactory.Finish(doc, status, endedAt, success: records - (errorsByStep.GetValueOrDefault(import!)), error: totalErrors, pages: pages);
        ((JsonArray)doc["files"]!).Add(JobFactory.File(_s.Ids.NextKey(), $"{id}-export.json"));
        if (status == JobStatus.Completed && totalErrors == 0) _s.LastExportDateTimes[flowId] = Max(_s.LastExportDateTimes.GetValueOrDefault(flowId), startedAt);

        if (status == JobStatus.Retrying)
        {
            // Its errors are being retried right now: a running retry job owns them, none are open.
            doc["numOpenError"] = 0;
            var retryCreated = Dates.ToMillisecond(endedAt + (_now - endedAt) / 2);
            var retry = JobFactory.Retry(_s.Ids.Next(), flow, import!, id, retryCreated);
            JobFactory.Start(retry, retryCreated + TimeSpan.FromMilliseconds(1));
            _s.Jobs.Add(new JobRecord(retry, retryCreated));
            return;
        }

        var resolve = !stableFailure && createdAt < _now - OpenWindow;
        var variant = 0;
        foreach (var (step, count) in errorsByStep)
        {
            var entries = new List<ErrorEntry>();
            for (var i = 0; i < count; i++)
            {
                var occurredAt = startedAt + (endedAt - startedAt) * ((i + 1.0) / (count + 1));
                // The documented failed job: variants 0-2 retriable, 3 never retriable.
                bool? retriable = stableFailure ? i < 3 : null;
                entries.Add(ErrorFactory.AddOpen(_s, flow, step, id, Dates.ToMillisecond(occurredAt), retriable, stableFailure ? i : variant++));
            }
            if (resolve) ResolveSeeded(fs, step, id, entries, endedAt);
        }
    }

    /// <summary>Old errors were dealt with: half by a user resolving them, half by a successful retry job.</summary>
    private void ResolveSeeded(FlowSeed fs, FlowStep step, string flowJobId, List<ErrorEntry> entries, DateTime endedAt)
    {
        var flowId = (string)fs.Flow["_id"]!;
        var errors = _s.ErrorsOf(flowId, step.Id);
        var byRetry = _rng.Next(2) == 0 && entries.All(e => e.RetryDataKey is not null);
        var at = Dates.ToMillisecond(endedAt + TimeSpan.FromHours(1 + _rng.Next(20)) + TimeSpan.FromMilliseconds(_rng.Next(1000)));
        var ids = entries.Select(e => e.ErrorId).ToHashSet();
        errors.Open.RemoveWhere(e => ids.Contains(e.ErrorId));
        foreach (var entry in entries)
        {
            entry.ResolvedAt = at;
            entry.Doc["resolvedAt"] = Dates.Iso(at);
            entry.Doc["resolvedBy"] = byRetry ? "auto" : SeedIds.OwnerUser;
            errors.Resolved.Add(entry);
        }
        _s.AdjustErrorCounts(step.Id, entries, openDelta: -1, resolvedDelta: 1);
        if (!byRetry) return;
        var retryCreated = at - TimeSpan.FromSeconds(40);
        var retry = JobFactory.Retry(_s.Ids.Next(), fs.Flow, step, flowJobId, retryCreated);
        JobFactory.Start(retry, retryCreated + TimeSpan.FromMilliseconds(400));
        JobFactory.Finish(retry, JobStatus.Completed, at, success: entries.Count, pages: 1);
        _s.Jobs.Add(new JobRecord(retry, retryCreated));
    }

    private static void MarkExecuted(JsonObject flow, DateTime startedAt)
    {
        var current = (string?)flow["lastExecutedAt"];
        if (current is null || Dates.ParseStored(current) < startedAt) flow["lastExecutedAt"] = Dates.Iso(startedAt);
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
