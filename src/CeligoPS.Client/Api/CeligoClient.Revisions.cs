using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    /// <summary>Integration revisions (celigo-api.md §4.1): listed, read, snapshots made, pending ones compared.</summary>
    public sealed partial class CeligoClient
    {
        public Task<IReadOnlyList<Revision>> ListRevisionsAsync(string integrationId, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.Get($"/v1/integrations/{Segment.Of(integrationId)}/revisions"),
                r => r.IsEmpty ? (IReadOnlyList<Revision>)new List<Revision>() : CeligoJson.Deserialize<List<Revision>>(r.Body), ct);

        public Task<Revision> GetRevisionAsync(string integrationId, string revisionId, CancellationToken ct) =>
            GetAsync<Revision>($"/v1/integrations/{Segment.Of(integrationId)}/revisions/{Segment.Of(revisionId)}", ct);

        /// <summary>Makes a snapshot of the integration (<c>POST …/revisions/create</c>); it creates a revision, so it is never sent twice.</summary>
        public Task<Revision> CreateRevisionAsync(string integrationId, string description, CancellationToken ct)
        {
            var body = Encoding.UTF8.GetBytes(new JsonObject { ["description"] = description }.ToJsonString());
            var request = new ApiRequest(HttpMethod.Post, $"/v1/integrations/{Segment.Of(integrationId)}/revisions/create", body, RetryMode.OnlyIfNotActed);
            return _transport.SendAsync(request, r => CeligoJson.Deserialize<Revision>(r.Body), ct);
        }

        /// <summary>What a pending revision would change, one row per field (<c>GET …/revisions/{id}/diff</c>).</summary>
        public Task<IReadOnlyList<RevisionDifference>> GetRevisionDiffAsync(string integrationId, string revisionId, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.Get($"/v1/integrations/{Segment.Of(integrationId)}/revisions/{Segment.Of(revisionId)}/diff"), r =>
            {
                var rows = new List<RevisionDifference>();
                if (r.IsEmpty)
                {
                    return (IReadOnlyList<RevisionDifference>)rows;
                }
                using var doc = JsonDocument.Parse(r.Body);
                var changes = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement
                    : doc.RootElement.TryGetProperty("changes", out var list) ? list : throw new JsonException("The diff answer has no changes list.");
                foreach (var change in changes.EnumerateArray())
                {
                    string? Text(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
                    JsonElement Value(JsonElement e, string name) => e.TryGetProperty(name, out var v) ? v.Clone() : default;
                    var fields = change.TryGetProperty("fields", out var f) && f.ValueKind == JsonValueKind.Array ? f.EnumerateArray().ToList() : new List<JsonElement>();
                    foreach (var field in fields.Count == 0 ? new[] { default(JsonElement) } : fields.ToArray())
                    {
                        var hasField = field.ValueKind == JsonValueKind.Object;
                        rows.Add(new RevisionDifference(revisionId, Text(change, "resourceType"), Text(change, "_id"), Text(change, "name"), Text(change, "action"),
                            hasField ? Text(field, "path") : null, hasField ? Value(field, "currentValue") : default, hasField ? Value(field, "newValue") : default));
                    }
                }
                return rows;
            }, ct);
    }
}
