using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Carries out a <see cref="PublishPlan"/> in its order: creates with POST (flows and lookup caches
    /// inside the integration, flows disabled unless the plan enables them), changes with PATCH where
    /// the API documents PATCH for every changed field and otherwise with the client's read-merge-write
    /// (concurrency check and read-back included), deletes only what the plan says. References are
    /// turned into the target's ids as each resource is written, so what is created is named by what
    /// comes after it. The first failure stops the run: the steps after it are NotApplied, and
    /// publishing again picks up from there, since everything already done now plans as NoChange.
    /// </summary>
    public sealed class PublishRun
    {
        private readonly CeligoClient _client;
        private readonly PublishPlan _plan;
        private readonly CancellationToken _ct;

        /// <summary>Fields of created or changed flows that name a flow not created yet: set once every flow exists.</summary>
        private readonly List<(PublishPlan.Item Item, string Field)> _deferred = new List<(PublishPlan.Item, string)>();

        private PublishRun(CeligoClient client, PublishPlan plan, CancellationToken ct)
        {
            _client = client;
            _plan = plan;
            _ct = ct;
        }

        /// <summary>
        /// Runs each step <paramref name="approve"/> agrees to (a step it refuses is Planned when
        /// <paramref name="preview"/>, else Declined). When a step fails, throws a
        /// <see cref="CeligoPartialFailureException"/> naming the steps applied, the one that failed and
        /// those not applied, after the steps' statuses say the same.
        /// </summary>
        public static async Task ApplyAsync(CeligoClient client, PublishPlan plan, Func<PublishStep, bool> approve, bool preview,
            Action<PublishStep, int>? progress, CancellationToken ct)
        {
            var run = new PublishRun(client, plan, ct);
            Exception? failure = null;
            var number = 0;
            foreach (var item in plan.Items)
            {
                var step = item.Step;
                progress?.Invoke(step, number++ * 100 / Math.Max(1, plan.Items.Count));
                if (step.Action == "NoChange" || step.Action == "Use" || step.Action == "Keep")
                {
                    step.Status = "Unchanged";
                }
                else if (failure != null)
                {
                    step.Status = "NotApplied";
                }
                else if (!approve(step))
                {
                    step.Status = preview ? "Planned" : "Declined";
                }
                else
                {
                    failure = await run.TryAsync(item, () => run.ExecuteAsync(item)).ConfigureAwait(false);
                }
            }
            // A step that failed or never ran keeps its own status; only applied ones have a field left to set.
            foreach (var (item, field) in run._deferred.Where(d => d.Item.Step.Status == "Applied"))
            {
                if (failure != null)
                {
                    item.Step.Status = "Failed";
                    item.Step.Message = $"{field} was not set: the publish stopped before every flow it names existed";
                    continue;
                }
                failure = await run.TryAsync(item, () => run.ChangeAsync(item, new[] { field }, deferredPass: true)).ConfigureAwait(false);
            }
            if (failure != null)
            {
                IReadOnlyList<string> With(string status) => plan.Steps.Where(s => s.Status == status).Select(s => s.ToString()).ToList();
                throw new CeligoPartialFailureException("steps of the publish", With("Applied"), With("Failed"), With("NotApplied"), failure,
                    "The steps written above say which. Publish the folder again to finish: what was applied now plans as NoChange.");
            }
        }

        /// <summary>Runs the step's writes; returns what made it fail, or null.</summary>
        private async Task<Exception?> TryAsync(PublishPlan.Item item, Func<Task> action)
        {
            try
            {
                await action().ConfigureAwait(false);
                item.Step.Status = "Applied";
                return null;
            }
            catch (Exception e) when (!(e is OperationCanceledException) || !_ct.IsCancellationRequested)
            {
                item.Step.Status = "Failed";
                item.Step.Message = e.Message;
                return e;
            }
        }

        private Task ExecuteAsync(PublishPlan.Item item) => item.Step.Action switch
        {
            "Create" => CreateAsync(item),
            "Change" => ChangeAsync(item, item.Fields, deferredPass: false),
            "Delete" => DeleteAsync(item),
            _ => Task.CompletedTask,
        };

        private async Task CreateAsync(PublishPlan.Item item)
        {
            var body = Resolve(item, item.Desired!);
            var registered = body["_registeredConnectionIds"] as JsonArray;
            body.Remove("_registeredConnectionIds");
            if (item.Kind == "flows" || item.Kind == "lookupcaches")
            {
                body["_integrationId"] = _plan.IntegrationId ?? throw new InvalidOperationException("The integration was not created, so nothing can be created in it.");
            }
            var id = await CollectionWrites.For(_client, item.Kind).CreateAsync(body, _ct).ConfigureAwait(false);
            item.Step.Id = id;
            _plan.Ids[item.Kind][item.Step.Name] = id;
            if (item.Kind == "integrations")
            {
                await LearnGroupingsAsync(id).ConfigureAwait(false);
                if (registered?.Count > 0)
                {
                    await _client.RegisterConnectionsAsync(id, registered.Select(n => (string)n!).ToList(), _ct).ConfigureAwait(false);
                }
            }
        }

        private async Task ChangeAsync(PublishPlan.Item item, IReadOnlyList<string> fields, bool deferredPass)
        {
            var desired = Resolve(item, item.Desired!);
            var id = item.Step.Id!;
            var changes = new JsonObject();
            foreach (var field in fields.Where(f => f != "_registeredConnectionIds" && (deferredPass || !_deferred.Contains((item, f)))))
            {
                changes[field] = desired.ContainsKey(field) ? SubDocumentIds.Reattach(desired[field], item.Current?[field]) : null;
            }
            var writes = CollectionWrites.For(_client, item.Kind);
            if (changes.Count > 0 && changes.All(c => writes.PatchableFields.Contains(c.Key)))
            {
                var patch = new JsonPatch();
                foreach (var change in changes)
                {
                    if (change.Value == null)
                    {
                        patch.Remove(change.Key);
                    }
                    else
                    {
                        patch.Replace(change.Key, change.Value);
                    }
                }
                await writes.PatchAsync(id, patch, _ct).ConfigureAwait(false);
            }
            else if (changes.Count > 0)
            {
                await writes.MergeReplaceAsync(id, changes, _ct).ConfigureAwait(false);
            }
            if (fields.Contains("_registeredConnectionIds"))
            {
                await RegisterAsync(id, desired["_registeredConnectionIds"] as JsonArray, item.Current?["_registeredConnectionIds"] as JsonArray).ConfigureAwait(false);
            }
            if (item.Kind == "integrations" && changes.ContainsKey("flowGroupings"))
            {
                await LearnGroupingsAsync(id).ConfigureAwait(false);
            }
        }

        private async Task DeleteAsync(PublishPlan.Item item)
        {
            if (item.Kind != "flows")
            {
                var users = await _client.GetDependenciesAsync(new ResourceRef(item.Kind, item.Step.Id!), _ct).ConfigureAwait(false);
                if (users.Count > 0)
                {
                    throw new InvalidOperationException($"{item.Step} is still used ({string.Join(", ", users.Select(u => $"{u.ResourceType} '{u.Name ?? u.Id}'"))}) and was not deleted; publish again once nothing uses it, or delete it with Remove-Celigo{PublishPlan.Singular(item.Kind).Substring(0, 1).ToUpperInvariant()}{PublishPlan.Singular(item.Kind).Substring(1)} -Force.");
                }
            }
            await CollectionWrites.For(_client, item.Kind).DeleteAsync(item.Step.Id!, _ct).ConfigureAwait(false);
        }

        /// <summary>Registers the connections the folder lists and the integration does not, and deregisters the others.</summary>
        private async Task RegisterAsync(string integrationId, JsonArray? wanted, JsonArray? current)
        {
            var want = (wanted ?? new JsonArray()).Select(n => (string)n!).ToList();
            var have = (current ?? new JsonArray()).Select(n => (string)n!).ToList();
            var add = want.Except(have, StringComparer.Ordinal).ToList();
            if (add.Count > 0)
            {
                await _client.RegisterConnectionsAsync(integrationId, add, _ct).ConfigureAwait(false);
            }
            foreach (var extra in have.Except(want, StringComparer.Ordinal))
            {
                await _client.UnregisterConnectionAsync(integrationId, extra, _ct).ConfigureAwait(false);
            }
        }

        private async Task LearnGroupingsAsync(string integrationId)
        {
            var integration = await _client.GetObjectAsync($"/v1/integrations/{Segment.Of(integrationId)}", _ct).ConfigureAwait(false);
            foreach (var grouping in (integration["flowGroupings"] as JsonArray ?? new JsonArray()).OfType<JsonObject>())
            {
                if ((string?)grouping["name"] is { } name && (string?)grouping["_id"] is { } id)
                {
                    _plan.Ids[FolderReferences.Groupings][name] = id;
                }
            }
        }

        /// <summary>
        /// The document with each reference as the target's id. A field naming a flow that does not exist
        /// yet is left out and set once every flow exists; any other unknown name is a failure.
        /// </summary>
        private JsonObject Resolve(PublishPlan.Item item, JsonObject doc)
        {
            var resolved = new JsonObject();
            foreach (var pair in doc)
            {
                (string Kind, string Name)? missing = null;
                var value = FolderReferences.Rewrite(new JsonObject { [pair.Key] = pair.Value?.DeepClone() }, (kind, name) =>
                {
                    if (_plan.Ids[kind].TryGetValue(name, out var id))
                    {
                        return id;
                    }
                    if (!FolderReferences.LooksLikeId(name))
                    {
                        missing ??= (kind, name);
                    }
                    return null;
                })![pair.Key];
                if (missing == null)
                {
                    resolved[pair.Key] = value?.DeepClone();
                }
                else if (missing.Value.Kind == "flows" && item.Kind == "flows" && _plan.Source.Of("flows").ContainsKey(missing.Value.Name))
                {
                    if (!_deferred.Contains((item, pair.Key)))
                    {
                        _deferred.Add((item, pair.Key));
                    }
                }
                else
                {
                    var what = missing.Value.Kind == FolderReferences.Groupings ? "flow group" : PublishPlan.Singular(missing.Value.Kind);
                    throw new InvalidOperationException($"{item.Step} names {what} '{missing.Value.Name}' in {pair.Key}, which the target does not have (its step was not applied).");
                }
            }
            return resolved;
        }
    }
}
