using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;

namespace CeligoPS.Client
{
    /// <summary>One document a clone created (the API answers a manifest of them, celigo-api.md §5.8).</summary>
    public sealed class CloneItem
    {
        public CloneItem(string model, string id, string? name)
        {
            Model = model;
            Id = id;
            Name = name;
        }

        /// <summary>Integration, Flow, Export, Import...</summary>
        public string Model { get; }
        public string Id { get; }
        public string? Name { get; }
    }

    public sealed partial class CeligoClient
    {
        private static readonly TimeSpan SlowCall = TimeSpan.FromMinutes(6);

        /// <summary>
        /// Clones an integration or a flow (POST …/clone). It creates documents, so it is never re-sent
        /// after a timeout or 5xx. The answer is a manifest, or the new document; both become items.
        /// </summary>
        public Task<IReadOnlyList<CloneItem>> CloneAsync(ResourceRef resource, JsonObject body, CancellationToken ct)
        {
            // What the clone of each kind creates first; a manifest names its own models.
            var model = resource.Type switch
            {
                "integrations" => "Integration",
                "exports" => "Export",
                "imports" => "Import",
                _ => "Flow",
            };
            var request = new ApiRequest(HttpMethod.Post, resource.Path + "/clone", Encoding.UTF8.GetBytes(body.ToJsonString()), RetryMode.OnlyIfNotActed)
            {
                AttemptTimeout = SlowCall,
            };
            return _transport.SendAsync(request, r =>
            {
                using var doc = JsonDocument.Parse(r.Body);
                var root = doc.RootElement;
                IEnumerable<JsonElement> items = root.ValueKind == JsonValueKind.Array ? root.EnumerateArray() : new[] { root };
                return (IReadOnlyList<CloneItem>)items.Select(i => new CloneItem(
                    i.TryGetProperty("model", out var m) ? m.GetString() ?? model : model,
                    i.GetProperty("_id").GetString()!,
                    i.TryGetProperty("name", out var n) ? n.GetString() : null)).ToList();
            }, ct);
        }

        /// <summary>
        /// Runs an export on its own and streams its records (POST /v1/exports/{id}/invoke), following
        /// pagedExportState until the last page. No job is created and no delta state moves, so a lost
        /// answer can be asked for again.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<JsonElement>> InvokeExportAsync(string exportId, [EnumeratorCancellation] CancellationToken ct)
        {
            JsonNode? state = null;
            var seen = new HashSet<string>();
            do
            {
                var body = state == null ? "{}" : new JsonObject { ["pagedExportState"] = state.DeepClone() }.ToJsonString();
                var request = new ApiRequest(HttpMethod.Post, $"/v1/exports/{Segment.Of(exportId)}/invoke", Encoding.UTF8.GetBytes(body), RetryMode.Idempotent, changesState: false)
                {
                    AttemptTimeout = SlowCall,
                };
                var (records, next) = await _transport.SendAsync(request, r =>
                {
                    if (r.IsEmpty)
                    {
                        return ((IReadOnlyList<JsonElement>)Array.Empty<JsonElement>(), (JsonNode?)null);
                    }
                    using var doc = JsonDocument.Parse(r.Body);
                    var root = doc.RootElement;
                    var data = root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Array
                        ? d.EnumerateArray().Select(e => e.Clone()).ToList()
                        : new List<JsonElement>();
                    var nextState = root.TryGetProperty("pagedExportState", out var s) && s.ValueKind != JsonValueKind.Null ? JsonNode.Parse(s.GetRawText()) : null;
                    return ((IReadOnlyList<JsonElement>)data, nextState);
                }, ct).ConfigureAwait(false);
                yield return records;
                state = next;
                if (state != null && !seen.Add(state.ToJsonString()))
                {
                    throw new InvalidOperationException($"Export {exportId} answered the same pagedExportState twice; stopping to avoid an endless read.");
                }
            }
            while (state != null);
        }
    }
}
