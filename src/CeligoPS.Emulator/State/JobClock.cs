using System.Text.Json.Nodes;

namespace CeligoPS.Emulator.State;

/// <summary>
/// Moves jobs created through the API through their lifecycle (celigo-api.md §6):
/// flow runs and retries go queued → running → completed|failed after
/// <see cref="EmulatorOptions.JobQueuedFor"/> and <see cref="EmulatorOptions.JobRunsFor"/>;
/// cancels go canceling → canceled after <see cref="EmulatorOptions.JobQueuedFor"/>.
/// There is no timer: <see cref="Advance"/> runs at the start of every locked state access and
/// applies each due transition with its scheduled timestamp, so documents read as if a worker had
/// updated them on time. Seeded jobs are snapshots and never move unless canceled.
/// Callers hold the state lock.
/// </summary>
internal sealed class JobClock(AccountState state)
{
    private enum PlanKind { FlowRun, Retry, Cancel }

    private sealed class Plan
    {
        public required JobRecord Job { get; init; }
        public required PlanKind Kind { get; init; }
        public DateTime RunningAt { get; init; }
        public DateTime EndsAt { get; init; }
        public int Stage { get; set; } // 0 = waiting for RunningAt, 1 = waiting for EndsAt, 2 = done
        public DateTime NextAt => Stage == 0 ? RunningAt : EndsAt;

        // Flow runs
        public string FlowId { get; init; } = "";
        public IReadOnlyList<string> PageGenerators { get; init; } = [];
        public IReadOnlyList<string> Later { get; init; } = []; // generators whose flow jobs follow this one
        public bool Fail { get; init; }
        public DateTime? Checkpoint { get; init; }

        // Retries
        public FlowStep? Step { get; init; }
        public List<ErrorEntry> Retried { get; init; } = [];
    }

    private readonly Dictionary<string, Plan> _active = new(StringComparer.Ordinal);

    public void Advance(DateTime now)
    {
        if (_active.Count == 0) return;
        foreach (var plan in _active.Values.OrderBy(p => p.NextAt).ToList())
        {
            while (plan.Stage < 2 && plan.NextAt <= now) Step(plan);
            if (plan.Stage >= 2) _active.Remove(plan.Job.Id);
        }
    }

    /// <summary>
    /// Creates the queued flow job of a run. <paramref name="pageGenerators"/> = the page generator exports to run.
    /// When they do not run in parallel, each gets its own flow job, the next created as the previous
    /// one ends (celigo-api.md §6: Celigo's UI asks for the latest jobs again after each generator's
    /// export), unless <see cref="EmulatorOptions.RunsStartOneFlowJob"/>. The first job is returned.
    /// </summary>
    public JobRecord StartFlowRun(JsonObject flow, IReadOnlyList<string> pageGenerators, DateTime? checkpoint)
    {
        var separately = !state.Options.RunsStartOneFlowJob && pageGenerators.Count > 1 && (bool?)flow["runPageGeneratorsInParallel"] != true;
        return separately
            ? Start(flow, [pageGenerators[0]], pageGenerators.Skip(1).ToList(), checkpoint, state.Now())
            : Start(flow, pageGenerators, [], checkpoint, state.Now());
    }

    private JobRecord Start(JsonObject flow, IReadOnlyList<string> pageGenerators, IReadOnlyList<string> later, DateTime? checkpoint, DateTime now)
    {
        var doc = JobFactory.Flow(state.Ids.Next(), flow, pageGenerators[0], now);
        var job = new JobRecord(doc, now);
        state.Jobs.Add(job);
        var flowId = (string)flow["_id"]!;
        Schedule(new Plan
        {
            Job = job,
            Kind = PlanKind.FlowRun,
            RunningAt = now + state.Options.JobQueuedFor,
            EndsAt = now + state.Options.JobQueuedFor + state.Options.JobRunsFor,
            FlowId = flowId,
            PageGenerators = pageGenerators,
            Later = later,
            Fail = state.Failing.Contains(flowId),
            Checkpoint = checkpoint,
        });
        return job;
    }

    /// <summary>Creates the queued retry job for errors already taken off the open list.</summary>
    public JobRecord StartRetry(JsonObject flow, FlowStep step, List<ErrorEntry> retried)
    {
        var now = state.Now();
        var flowJobId = retried.Select(e => e.FlowJobId).FirstOrDefault(id => id is not null);
        var doc = JobFactory.Retry(state.Ids.Next(), flow, step, flowJobId, now);
        var job = new JobRecord(doc, now);
        state.Jobs.Add(job);
        Schedule(new Plan
        {
            Job = job,
            Kind = PlanKind.Retry,
            RunningAt = now + state.Options.JobQueuedFor,
            EndsAt = now + state.Options.JobQueuedFor + state.Options.JobRunsFor,
            FlowId = (string)flow["_id"]!,
            Step = step,
            Retried = retried,
        });
        return job;
    }

    /// <summary>
    /// Cancels a non-terminal job: it is <c>canceling</c> now (with <c>canceledBy</c>) and
    /// <c>canceled</c> after <see cref="EmulatorOptions.JobQueuedFor"/>, together with its unfinished children.
    /// A canceled retry puts its errors back on the open list.
    /// </summary>
    public void Cancel(JobRecord job)
    {
        var now = state.Now();
        _active.TryGetValue(job.Id, out var previous);
        foreach (var j in Family(job).Where(j => !j.IsTerminal))
        {
            j.Doc["status"] = JobStatus.Canceling;
            j.Doc["canceledBy"] = state.UserId;
            j.Doc["lastModified"] = Dates.Iso(now);
        }
        _active[job.Id] = new Plan
        {
            Job = job,
            Kind = PlanKind.Cancel,
            RunningAt = now,
            EndsAt = now + state.Options.JobQueuedFor,
            Stage = 1,
            FlowId = previous?.FlowId ?? "",
            Step = previous?.Step,
            Retried = previous?.Kind == PlanKind.Retry ? previous.Retried : [],
        };
    }

    private void Schedule(Plan plan) => _active[plan.Job.Id] = plan;

    private IEnumerable<JobRecord> Family(JobRecord job) => state.Jobs.ChildrenOf(job.Id).Where(c => c.Type is "export" or "import").Prepend(job);

    private void Step(Plan plan)
    {
        var at = plan.NextAt;
        switch (plan.Kind, plan.Stage)
        {
            case (PlanKind.FlowRun, 0): StartRun(plan, at); break;
            case (PlanKind.FlowRun, 1): FinishRun(plan, at); break;
            case (PlanKind.Retry, 0): JobFactory.Start(plan.Job.Doc, at); break;
            case (PlanKind.Retry, 1): FinishRetry(plan, at); break;
            case (PlanKind.Cancel, _): FinishCancel(plan, at); break;
        }
        plan.Stage++;
    }

    private void StartRun(Plan plan, DateTime at)
    {
        JobFactory.Start(plan.Job.Doc, at);
        if (state.Flows.Find(plan.FlowId) is { } flow) flow["lastExecutedAt"] = Dates.Iso(at);
        foreach (var exportId in plan.PageGenerators)
        {
            var child = JobFactory.Child(state.Ids.Next(), new FlowStep(exportId, false, true, 0), plan.Job.Id, at);
            JobFactory.Start(child, at);
            state.Jobs.Add(new JobRecord(child, at));
        }
    }

    private void FinishRun(Plan plan, DateTime at)
    {
        var rng = state.Ids.Random;
        var flow = state.Flows.Find(plan.FlowId);
        var records = rng.Next(5, 41);
        var pages = (records + 19) / 20;
        foreach (var exportId in plan.PageGenerators)
        {
            RequestLog.Record(state, plan.FlowId, new FlowStep(exportId, false, true, 0), plan.RunningAt, pages, 0);
            ScriptLog.Record(state, plan.FlowId, new FlowStep(exportId, false, true, 0), plan.RunningAt, records, false);
        }
        foreach (var child in state.Jobs.ChildrenOf(plan.Job.Id))
        {
            child.Doc["numExport"] = records;
            child.Doc["numPagesGenerated"] = pages;
            JobFactory.Finish(child.Doc, JobStatus.Completed, at, success: records, pages: pages);
        }

        var processors = flow is null ? [] : FlowSteps.Of(flow).Where(s => !s.IsPageGenerator).ToList();
        var failAt = plan.Fail ? processors.LastOrDefault(s => s.IsImport) ?? processors.LastOrDefault() : null;
        var errors = 0;
        foreach (var step in processors)
        {
            var child = JobFactory.Child(state.Ids.Next(), step, plan.Job.Id, plan.RunningAt);
            JobFactory.Start(child, plan.RunningAt);
            var stepErrors = step == failAt ? Math.Min(records, rng.Next(2, 6)) : 0;
            JobFactory.Finish(child, stepErrors > 0 ? JobStatus.Failed : JobStatus.Completed, at,
                success: records - stepErrors, error: stepErrors, pages: pages);
            state.Jobs.Add(new JobRecord(child, plan.RunningAt));
            RequestLog.Record(state, plan.FlowId, step, plan.RunningAt, pages, stepErrors > 0 ? 1 : 0);
            ScriptLog.Record(state, plan.FlowId, step, plan.RunningAt, records, stepErrors > 0);
            for (var i = 0; i < stepErrors; i++)
                ErrorFactory.AddOpen(state, flow!, step, plan.Job.Id, at, retriable: i < stepErrors - 1 ? true : null, variant: i);
            errors += stepErrors;
        }

        var doc = plan.Job.Doc;
        doc["numExport"] = records;
        doc["numPagesGenerated"] = pages;
        JobFactory.Finish(doc, errors > 0 ? JobStatus.Failed : JobStatus.Completed, at, success: records - errors, error: errors, pages: pages);
        ((JsonArray)doc["files"]!).Add(JobFactory.File(state.Ids.NextKey(), $"{plan.Job.Id}-export.json"));
        if (errors == 0) state.LastExportDateTimes[plan.FlowId] = plan.Checkpoint ?? plan.RunningAt;
        if (plan.Later.Count > 0 && flow is not null)
            Start(flow, [plan.Later[0]], plan.Later.Skip(1).ToList(), plan.Checkpoint, at);
    }

    private void FinishRetry(Plan plan, DateTime at)
    {
        // Retried records succeed; their errors show up as resolved by "auto" [I] (the UI labels
        // errors cleared by a successful retry as auto-resolved; no API source shows the value).
        var errors = state.ErrorsOf(plan.FlowId, plan.Step!.Id);
        foreach (var entry in plan.Retried)
        {
            entry.ResolvedAt = at;
            entry.Doc["resolvedAt"] = Dates.Iso(at);
            entry.Doc["resolvedBy"] = "auto";
            errors.Resolved.Add(entry);
        }
        state.AdjustErrorCounts(plan.Step.Id, plan.Retried, openDelta: 0, resolvedDelta: 1);
        JobFactory.Finish(plan.Job.Doc, JobStatus.Completed, at, success: plan.Retried.Count, pages: 1);
    }

    private void FinishCancel(Plan plan, DateTime at)
    {
        foreach (var j in Family(plan.Job).Where(j => j.Status == JobStatus.Canceling))
        {
            j.Doc["status"] = JobStatus.Canceled;
            j.Doc["endedAt"] = Dates.Iso(at);
            j.Doc["lastModified"] = Dates.Iso(at);
        }
        if (plan.Retried.Count > 0 && plan.Step is not null)
        {
            var errors = state.ErrorsOf(plan.FlowId, plan.Step.Id);
            foreach (var entry in plan.Retried) errors.Open.Add(entry);
            state.AdjustErrorCounts(plan.Step.Id, plan.Retried, openDelta: 1, resolvedDelta: 0);
        }
    }
}
