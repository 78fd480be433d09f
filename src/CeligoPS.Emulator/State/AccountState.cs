using System.Text.Json.Nodes;
using CeligoPS.Emulator.State;

namespace CeligoPS.Emulator;

/// <summary>
/// The emulated account: every document, job, error, lookup-cache entry and state key, behind one
/// lock. Route handlers use the internal members inside <see cref="Locked{T}"/>; tests use the
/// public helpers below to look at and arrange data. Everything public returns copies, so a test
/// can never race the server on a live document.
/// </summary>
public sealed partial class AccountState
{
    internal readonly object Sync = new();

    internal AccountState(EmulatorOptions options, TimeProvider time)
    {
        Options = options;
        Time = time;
        Ids = new IdGenerator(IdSeedOf(options));
        Clock = new JobClock(this);
        Stores = new[] { Integrations, Flows, Connections, Exports, Imports, Tags, Scripts, Ashares, LookupCaches, Audit }
            .ToDictionary(s => s.Name, StringComparer.Ordinal);
        lock (Sync) Seeder.Seed(this, Math.Max(1, options.Seed), Now());
    }

    /// <summary>
    /// Forgets every change and seeds the account again: the same documents, ids and jobs a new
    /// emulator with these options starts with, dated from now.
    /// </summary>
    public void Reseed() => Locked(() =>
    {
        foreach (var store in Stores.Values) store.Clear();
        Jobs.Clear();
        Errors.Clear();
        LookupData.Clear();
        GlobalState.Clear();
        ResourceState.Clear();
        RecordKinds.Clear();
        LastExportDateTimes.Clear();
        Failing.Clear();
        IntegrationAppLocks.Clear();
        RequestLogs.Clear();
        ScriptLogs.Clear();
        RevisionDocs.Clear();
        ConnectionDebugClearedAt.Clear();
        Ids = new IdGenerator(IdSeedOf(Options));
        Clock = new JobClock(this);
        Seeder.Seed(this, Math.Max(1, Options.Seed), Now());
    });

    /// <summary>An empty account draws other ids and secrets than a seeded one of the same seed.</summary>
    private static int IdSeedOf(EmulatorOptions options) => options.Empty ? options.Seed + 500_000 : options.Seed;

    internal EmulatorOptions Options { get; }
    internal TimeProvider Time { get; }
    internal IdGenerator Ids { get; private set; }
    internal JobClock Clock { get; private set; }

    internal ResourceStore Integrations { get; } = new("integrations", "Integration");
    internal ResourceStore Flows { get; } = new("flows", "Flow");
    internal ResourceStore Connections { get; } = new("connections", "Connection");
    internal ResourceStore Exports { get; } = new("exports", "Export");
    internal ResourceStore Imports { get; } = new("imports", "Import");
    internal ResourceStore Tags { get; } = new("tags", "Tag");
    internal ResourceStore Scripts { get; } = new("scripts", "Script");
    internal ResourceStore Ashares { get; } = new("ashares", "User");
    internal ResourceStore LookupCaches { get; } = new("lookupcaches", "Lookup cache");
    internal ResourceStore Audit { get; } = new("audit", "Audit entry");
    internal IReadOnlyDictionary<string, ResourceStore> Stores { get; }

    internal JobStore Jobs { get; } = new();
    internal Dictionary<(string FlowId, string StepId), StepErrors> Errors { get; } = new();
    internal Dictionary<string, SortedDictionary<string, JsonNode?>> LookupData { get; } = new(StringComparer.Ordinal);
    internal SortedDictionary<string, JsonNode?> GlobalState { get; } = new(StringComparer.Ordinal);

    /// <summary>Resource-scoped state keyed by "resourceType/id" (e.g. "flows/5e1a...").</summary>
    internal Dictionary<string, SortedDictionary<string, JsonNode?>> ResourceState { get; } = new(StringComparer.Ordinal);

    /// <summary>Page-generator export id → kind of record it produces (for retry data); not part of any document.</summary>
    internal Dictionary<string, string> RecordKinds { get; } = new(StringComparer.Ordinal);

    /// <summary>Flow id → delta checkpoint (<c>GET /v1/flows/{id}/lastExportDateTime</c>).</summary>
    internal Dictionary<string, DateTime> LastExportDateTimes { get; } = new(StringComparer.Ordinal);

    /// <summary>Flows whose runs fail. Kept here, not in the flow documents, so documents carry only real fields.</summary>
    internal HashSet<string> Failing { get; } = new(StringComparer.Ordinal);

    /// <summary>(flow, step) → the requests the step logged while debugging, oldest first (<see cref="RequestLog"/>).</summary>
    internal Dictionary<(string FlowId, string StepId), List<JsonObject>> RequestLogs { get; } = new();

    /// <summary>Revision id → the revision of an integration (<see cref="Revisions"/>).</summary>
    internal Dictionary<string, StoredRevision> RevisionDocs { get; } = new(StringComparer.Ordinal);

    /// <summary>Script id → what it logged while its debug log was on, oldest first (<see cref="ScriptLog"/>).</summary>
    internal Dictionary<string, List<JsonObject>> ScriptLogs { get; } = new(StringComparer.Ordinal);

    /// <summary>Connection id → when its debug log was last cleared (lines before then are gone).</summary>
    internal Dictionary<string, DateTime> ConnectionDebugClearedAt { get; } = new(StringComparer.Ordinal);

    /// <summary>Document id → top-level fields its integration app locks (kept out of the document, like <see cref="Failing"/>).</summary>
    internal Dictionary<string, HashSet<string>> IntegrationAppLocks { get; } = new(StringComparer.Ordinal);

    /// <summary>The token's user id (<see cref="SeedIds.OwnerUser"/>).</summary>
    public string UserId => SeedIds.OwnerUser;

    public IReadOnlyList<string> IntegrationIds => Locked(() => Integrations.Ids.ToList());

    public IReadOnlyList<string> FlowIds => Locked(() => Flows.Ids.ToList());

    public IReadOnlyList<string> ConnectionIds => Locked(() => Connections.Ids.ToList());

    /// <summary>Flows whose runs end <c>failed</c> with open errors (includes <see cref="SeedIds.FulfillmentsFlow"/>).</summary>
    public IReadOnlyList<string> FailingFlowIds => Locked(() => Failing.Order(StringComparer.Ordinal).ToList());

    /// <summary>Ids of flow jobs whose status is <c>failed</c>, newest first (includes <see cref="SeedIds.FailedOrdersFlowJob"/>).</summary>
    public IReadOnlyList<string> FailedFlowJobIds => Locked(() =>
        Jobs.NewestFirstFrom(null).Where(j => j.Type == "flow" && j.Status == JobStatus.Failed).Select(j => j.Id).ToList());

    /// <summary>
    /// A copy of one document. <paramref name="collection"/> is the API path segment: integrations,
    /// flows, connections, exports, imports, tags, scripts, ashares, lookupcaches, audit, or jobs.
    /// Connections come back unmasked. Null when the id is unknown.
    /// </summary>
    public JsonObject? Get(string collection, string id) => Locked(() =>
        (collection == "jobs" ? Jobs.Find(id)?.Doc : StoreOf(collection).Find(id))?.DeepClone().AsObject());

    /// <summary>Copies of every document in a collection (see <see cref="Get"/>); jobs newest first.</summary>
    public IReadOnlyList<JsonObject> All(string collection) => Locked(() =>
        (collection == "jobs" ? Jobs.NewestFirstFrom(null).Select(j => j.Doc) : StoreOf(collection).All)
            .Select(d => d.DeepClone().AsObject()).ToList());

    /// <summary>Step ids of a flow in run order: page generators, then processors (router branches included).</summary>
    public IReadOnlyList<string> StepIds(string flowId) => Locked(() => FlowSteps.Of(Flows.Get(flowId)).Select(s => s.Id).ToList());

    public int OpenErrorCount(string flowId, string stepId) =>
        Locked(() => Errors.TryGetValue((flowId, stepId), out var e) ? e.Open.Count : 0);

    public int ResolvedErrorCount(string flowId, string stepId) =>
        Locked(() => Errors.TryGetValue((flowId, stepId), out var e) ? e.Resolved.Count : 0);

    /// <summary>Copies of the open errors of a step, in list order.</summary>
    public IReadOnlyList<JsonObject> OpenErrors(string flowId, string stepId) => Locked(() =>
        Errors.TryGetValue((flowId, stepId), out var e) ? e.Open.Items.Select(x => x.Doc.DeepClone().AsObject()).ToList() : []);

    /// <summary>
    /// Adds <paramref name="count"/> completed flow jobs of <paramref name="flowId"/> for paging tests.
    /// Consecutive groups of <paramref name="sharedMillisecondEvery"/> jobs share one createdAt
    /// millisecond (values below 2 = every job distinct); groups are one second apart, the newest
    /// group at <paramref name="newest"/>. Returns the new ids, newest first.
    /// </summary>
    public IReadOnlyList<string> AddJobs(string flowId, int count, DateTime newest, int sharedMillisecondEvery)
    {
        var group = Math.Max(1, sharedMillisecondEvery);
        var top = Dates.ToMillisecond(newest.Kind == DateTimeKind.Local ? newest.ToUniversalTime() : DateTime.SpecifyKind(newest, DateTimeKind.Utc));
        return Locked(() =>
        {
            var flow = Flows.Get(flowId);
            var pg = FlowSteps.Of(flow).First(s => s.IsPageGenerator).Id;
            var ids = new List<string>(count);
            for (var i = 0; i < count; i++)
            {
                var createdAt = top - TimeSpan.FromSeconds(i / group);
                var doc = JobFactory.Flow(Ids.Next(), flow, pg, createdAt);
                JobFactory.Start(doc, createdAt + TimeSpan.FromMilliseconds(120));
                JobFactory.Finish(doc, JobStatus.Completed, createdAt + TimeSpan.FromSeconds(0.9), success: 10, pages: 1);
                doc["numExport"] = 10;
                doc["numPagesGenerated"] = 1;
                Jobs.Add(new JobRecord(doc, createdAt));
                ids.Add((string)doc["_id"]!);
            }
            return (IReadOnlyList<string>)ids;
        });
    }

    /// <summary>
    /// Files one new open error on a step (occurredAt = now). <paramref name="retriable"/> decides
    /// whether it gets a retryDataKey and retry data. Returns a copy of the error record.
    /// </summary>
    public JsonObject AddOpenError(string flowId, string stepId, string? flowJobId, bool retriable) => Locked(() =>
    {
        var flow = Flows.Get(flowId);
        var step = FlowSteps.Find(flow, stepId) ?? throw new ArgumentException($"Step {stepId} is not part of flow {flowId}.", nameof(stepId));
        var entry = ErrorFactory.AddOpen(this, flow, step, flowJobId, Now(), retriable, Ids.Random.Next());
        return entry.Doc.DeepClone().AsObject();
    });

    /// <summary>
    /// Files <paramref name="count"/> new open errors on a step in one go (occurredAt = now, no flow
    /// job), the same records <see cref="AddOpenError"/> makes, for benchmarks that need thousands.
    /// Returns how many open errors the step has now.
    /// </summary>
    public int AddOpenErrors(string flowId, string stepId, int count, bool retriable) => Locked(() =>
    {
        var flow = Flows.Get(flowId);
        var step = FlowSteps.Find(flow, stepId) ?? throw new ArgumentException($"Step {stepId} is not part of flow {flowId}.", nameof(stepId));
        var now = Now();
        for (var i = 0; i < count; i++) ErrorFactory.AddOpen(this, flow, step, null, now, retriable, Ids.Random.Next());
        return ErrorsOf(flowId, stepId).Open.Count;
    });

    /// <summary>
    /// Forgets every open and resolved error of a step and their retry data, as if they had been
    /// purged, so a benchmark can refill the step between runs without the account growing.
    /// </summary>
    public void RemoveErrors(string flowId, string stepId) => Locked(() =>
    {
        Errors.Remove((flowId, stepId));
    });

    /// <summary>Makes future runs of a flow fail (or succeed again).</summary>
    public void SetFlowFailing(string flowId, bool failing) => Locked(() =>
    {
        Flows.Get(flowId);
        if (failing) Failing.Add(flowId); else Failing.Remove(flowId);
    });

    /// <summary>Sets the flow document's <c>disabled</c> flag (a disabled flow answers run/retry with <c>inactive_flow</c>).</summary>
    public void SetFlowDisabled(string flowId, bool disabled) => Locked(() =>
    {
        Flows.Get(flowId)["disabled"] = disabled;
    });

    /// <summary>
    /// Makes a document behave as one an integration app installed (celigo-api.md §9 #8, from a public
    /// developer runbook): a PATCH of any of <paramref name="fields"/> answers 422
    /// <c>field_locked_by_integration_app</c>, and a PUT answers 200 but keeps their stored values.
    /// </summary>
    public void LockForIntegrationApp(string id, params string[] fields) => Locked(() =>
    {
        if (!Stores.Values.Any(store => store.Find(id) is not null)) throw new ArgumentException($"No document has id {id}.", nameof(id));
        if (!IntegrationAppLocks.TryGetValue(id, out var locked)) IntegrationAppLocks[id] = locked = new HashSet<string>(StringComparer.Ordinal);
        locked.UnionWith(fields);
    });

    // ---- internal helpers used by routes, the clock and the seeder (callers hold the lock) ----

    /// <summary>The fields an integration app locks on document <paramref name="id"/> (none for most).</summary>
    internal IReadOnlySet<string> LockedFieldsOf(string id) =>
        IntegrationAppLocks.TryGetValue(id, out var locked) ? locked : NoLocks;

    private static readonly IReadOnlySet<string> NoLocks = new HashSet<string>();

    /// <summary>Current time truncated to the millisecond.</summary>
    internal DateTime Now() => Dates.ToMillisecond(Time.GetUtcNow().UtcDateTime);

    /// <summary>Runs <paramref name="body"/> under the state lock after letting running jobs catch up with the clock.</summary>
    internal T Locked<T>(Func<T> body)
    {
        lock (Sync)
        {
            Clock.Advance(Now());
            return body();
        }
    }

    internal void Locked(Action body) => Locked(() =>
    {
        body();
        return true;
    });

    internal ResourceStore StoreOf(string collection) =>
        Stores.TryGetValue(collection, out var store) ? store : throw new ArgumentException($"Unknown collection '{collection}'.", nameof(collection));

    internal StepErrors ErrorsOf(string flowId, string stepId)
    {
        if (!Errors.TryGetValue((flowId, stepId), out var errors)) Errors[(flowId, stepId)] = errors = new StepErrors();
        return errors;
    }

    internal string RecordKindOf(JsonObject flow)
    {
        var pg = FlowSteps.Of(flow).FirstOrDefault(s => s.IsPageGenerator);
        return pg is not null && RecordKinds.TryGetValue(pg.Id, out var kind) ? kind : "rows";
    }

    /// <summary>
    /// Keeps job counters honest when errors change lists: for each error's flow job and that job's
    /// child job of the step, adds <paramref name="openDelta"/> to <c>numOpenError</c> and
    /// <paramref name="resolvedDelta"/> to <c>numResolved</c> once per error.
    /// </summary>
    internal void AdjustErrorCounts(string stepId, IEnumerable<ErrorEntry> entries, int openDelta, int resolvedDelta)
    {
        foreach (var group in entries.Where(e => e.FlowJobId is not null).GroupBy(e => e.FlowJobId!))
        {
            var flowJob = Jobs.Find(group.Key);
            if (flowJob is null) continue;
            var n = group.Count();
            var child = Jobs.ChildrenOf(flowJob.Id).FirstOrDefault(c => c.Type is "export" or "import" && (c.Str("_exportId") == stepId || c.Str("_importId") == stepId));
            foreach (var job in child is null ? [flowJob] : new[] { flowJob, child })
            {
                job.Doc["numOpenError"] = Math.Max(0, job.Int("numOpenError") + openDelta * n);
                job.Doc["numResolved"] = Math.Max(0, job.Int("numResolved") + resolvedDelta * n);
            }
        }
    }
}
