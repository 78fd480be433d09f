using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    /// <summary>What the API keeps about any resource: dependants, audit log, template, state.</summary>
    public sealed partial class CeligoClient
    {
        /// <summary>Everything that depends on the resource; nothing means it is safe to delete.</summary>
        public async Task<IReadOnlyList<Dependency>> GetDependenciesAsync(ResourceRef resource, CancellationToken ct)
        {
            return await _transport.SendAsync(ApiRequest.Get(resource.Path + "/dependencies"), r =>
            {
                var list = new List<Dependency>();
                if (r.IsEmpty)
                {
                    return list;
                }
                var byType = CeligoJson.Deserialize<Dictionary<string, List<Dependency>>>(r.Body);
                foreach (var pair in byType)
                {
                    foreach (var d in pair.Value ?? new List<Dependency>())
                    {
                        d.ResourceType = pair.Key;
                        d.DependencyOfType = resource.Type;
                        d.DependencyOfId = resource.Id;
                        list.Add(d);
                    }
                }
                return list;
            }, ct).ConfigureAwait(false);
        }

        /// <summary>The audit log of one resource (with its descendants) or, with no resource, of the account.</summary>
        public IAsyncEnumerable<IReadOnlyList<AuditEntry>> ListAuditAsync(ResourceRef? resource, AuditQuery? query, CancellationToken ct) =>
            _pager.LinkPagesAsync<AuditEntry>((query ?? new AuditQuery()).PathFor(resource), ct);

        /// <summary>
        /// Downloads an integration's or flow's template zip into <paramref name="destination"/>. The API
        /// answers a signed URL (another host); the download never carries the token.
        /// </summary>
        public async Task DownloadTemplateAsync(ResourceRef resource, Stream destination, CancellationToken ct)
        {
            var url = await _transport.SendAsync(ApiRequest.Get(resource.Path + "/template"), r => SignedUrl.One(r, "template"), ct).ConfigureAwait(false);
            await DownloadSignedAsync(resource.Path, url, destination, ct).ConfigureAwait(false);
        }

        /// <summary>A connection's debug log: plain text, one entry per line.</summary>
        public Task<IReadOnlyList<string>> GetConnectionDebugLogAsync(string connectionId, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.Get($"/v1/connections/{Segment.Of(connectionId)}/debug"), r =>
                (IReadOnlyList<string>)(r.IsEmpty
                    ? Array.Empty<string>()
                    : Encoding.UTF8.GetString(r.Body).Split(new[] { "\r\n", "\n" }, StringSplitOptions.None).Where(l => l.Length > 0).ToList()), ct);

        /// <summary>State keys, global or of one resource.</summary>
        public Task<IReadOnlyList<string>> ListStateKeysAsync(ResourceRef? resource, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.Get((resource?.Path ?? "/v1") + "/state"), r =>
            {
                if (r.IsEmpty)
                {
                    return (IReadOnlyList<string>)Array.Empty<string>();
                }
                using var doc = JsonDocument.Parse(r.Body);
                return doc.RootElement.TryGetProperty("keys", out var keys) && keys.ValueKind == JsonValueKind.Array
                    ? keys.EnumerateArray().Select(k => k.GetString() ?? "").ToList()
                    : throw new JsonException("The state answer has no keys.");
            }, ct);

        public Task<StateEntry> GetStateAsync(ResourceRef? resource, string key, CancellationToken ct) =>
            _transport.SendAsync(ApiRequest.Get($"{resource?.Path ?? "/v1"}/state/{Segment.Of(key)}"), r =>
            {
                using var doc = JsonDocument.Parse(r.IsEmpty ? Encoding.UTF8.GetBytes("null") : r.Body);
                return new StateEntry(key, doc.RootElement.Clone(), resource?.Type, resource?.Id);
            }, ct);

        /// <summary>Every state entry (keys, then their values several at a time), or the named keys.</summary>
        public async IAsyncEnumerable<IReadOnlyList<StateEntry>> ListStateAsync(ResourceRef? resource, IReadOnlyList<string>? keys,
            Action<Exception, string>? onFailure, [EnumeratorCancellation] CancellationToken ct)
        {
            var names = keys ?? await ListStateKeysAsync(resource, ct).ConfigureAwait(false);
            await foreach (var page in FanOut.MergeAsync(names, (key, token) => One(GetStateAsync(resource, key, token)), Options.MaxConcurrency,
                               onFailure, ct).ConfigureAwait(false))
            {
                yield return page;
            }
        }

        private static async IAsyncEnumerable<IReadOnlyList<T>> One<T>(Task<T> item)
        {
            yield return new[] { await item.ConfigureAwait(false) };
        }
    }
}
