using System;
using System.Collections.Generic;
using System.Linq;
using System.Net.Http;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Client
{
    /// <summary>Debug logs: scripts' (turned on with debugUntil, read as log entries) and connections' (turned off, cleared).</summary>
    public sealed partial class CeligoClient
    {
        internal const int ScriptLogPage = 1000;

        /// <summary>Turns a script's debug log on until <paramref name="until"/> (integrator.io allows at most an hour ahead).</summary>
        public Task EnableScriptDebugAsync(string scriptId, DateTime until, CancellationToken ct) =>
            PatchAsync(ResourceCollection<Script>.Scripts, scriptId, new JsonPatch().Replace("debugUntil", IsoDate.Format(until)), ct);

        /// <summary>Turns a connection's debug log off (its debugDate set to now), and with <paramref name="clear"/> deletes what it logged.</summary>
        public async Task DisableConnectionDebugAsync(string connectionId, bool clear, CancellationToken ct)
        {
            await PatchAsync(ResourceCollection<Connection>.Connections, connectionId, new JsonPatch().Replace("debugDate", IsoDate.Format(DateTime.UtcNow)), ct).ConfigureAwait(false);
            if (clear)
            {
                await _transport.SendAsync(new ApiRequest(HttpMethod.Delete, $"/v1/connections/{Segment.Of(connectionId)}/debug"), AnswerChecks.EmptyOrJson, ct).ConfigureAwait(false);
            }
        }

        /// <summary>
        /// What a script logged, oldest first. Sources disagree on the answer (celigo-api.md §4.12): Celigo's
        /// UI reads <c>{"logs": [...], "nextPageURL"}</c>, its CLI a bare array paged with offset; both are read.
        /// </summary>
        public async IAsyncEnumerable<IReadOnlyList<ScriptLogEntry>> ListScriptLogsAsync(string scriptId, string? level, DateTime? since, string? flowId,
            [EnumeratorCancellation] CancellationToken ct)
        {
            var query = new QueryBuilder()
                .Add("limit", ScriptLogPage.ToString(System.Globalization.CultureInfo.InvariantCulture))
                .Add("level", level)
                .Add("time_gt", EpochMs(since))
                .Add("_flowId", flowId);
            var path = query.AppendTo($"/v1/scripts/{Segment.Of(scriptId)}/logs");
            string? next = path;
            var offset = 0;
            var seen = new HashSet<string>(StringComparer.Ordinal);
            while (next != null)
            {
                if (!seen.Add(next))
                {
                    throw new JsonException($"The script log's next page points back to {next}.");
                }
                var (entries, link, wasArray) = await _transport.SendAsync(ApiRequest.Get(next), ReadScriptLogPage, ct).ConfigureAwait(false);
                foreach (var entry in entries)
                {
                    entry.ScriptId = scriptId;
                }
                if (entries.Count > 0)
                {
                    yield return entries;
                }
                offset += entries.Count;
                next = wasArray
                    ? (entries.Count == ScriptLogPage ? $"{path}&offset={offset}" : null)
                    : link;
            }
        }

        private static (IReadOnlyList<ScriptLogEntry> Entries, string? Next, bool WasArray) ReadScriptLogPage(ApiResponse r)
        {
            if (r.IsEmpty)
            {
                return (Array.Empty<ScriptLogEntry>(), null, false);
            }
            using var doc = JsonDocument.Parse(r.Body);
            if (doc.RootElement.ValueKind == JsonValueKind.Array)
            {
                return (CeligoJson.Deserialize<List<ScriptLogEntry>>(r.Body), null, true);
            }
            var logs = doc.RootElement.TryGetProperty("logs", out var list) && list.ValueKind == JsonValueKind.Array
                ? list.EnumerateArray().Select(e => CeligoJson.Deserialize<ScriptLogEntry>(System.Text.Encoding.UTF8.GetBytes(e.GetRawText()))).ToList()
                : throw new JsonException("The script log answer has no logs list.");
            var next = doc.RootElement.TryGetProperty("nextPageURL", out var url) && url.ValueKind == JsonValueKind.String ? url.GetString() : null;
            return (logs, next, false);
        }
    }
}
