using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Session;

namespace CeligoPS.Completion
{
    /// <summary>Completes from a fixed list, case-insensitively by prefix.</summary>
    public abstract class ListCompleter : IArgumentCompleter
    {
        /// <summary>The candidates; <paramref name="bound"/> holds the parameters already typed on the line.</summary>
        protected abstract IEnumerable<string> Values(IDictionary bound);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var prefix = (wordToComplete ?? "").Trim('\'', '"');
            return Values(fakeBoundParameters)
                .Where(v => v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                .Select(v => new CompletionResult(Quote(v), v, CompletionResultType.ParameterValue, v));
        }

        internal static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', '&', '(', ')', '{', '}', ';', ',' }) >= 0 ? "'" + value.Replace("'", "''") + "'" : value;
    }

    public sealed class ErrorSourceCompleter : ListCompleter
    {
        protected override IEnumerable<string> Values(IDictionary bound) => KnownValues.ErrorSources;
    }

    public sealed class ErrorClassificationCompleter : ListCompleter
    {
        protected override IEnumerable<string> Values(IDictionary bound) => KnownValues.ErrorClassifications;
    }

    /// <summary>The environments named in the config file (-ConfigPath if already typed, else the default file).</summary>
    public sealed class EnvironmentCompleter : ListCompleter
    {
        protected override IEnumerable<string> Values(IDictionary bound)
        {
            try
            {
                var path = bound?["ConfigPath"]?.ToString() ?? CeligoConfigFile.DefaultPath(Environment.GetEnvironmentVariable);
                return CeligoConfigFile.Load(path).EnvironmentNames.OrderBy(n => n, StringComparer.OrdinalIgnoreCase).ToList();
            }
            catch (Exception)
            {
                // No file, or an unreadable one: completion simply offers nothing.
                return Array.Empty<string>();
            }
        }
    }

    /// <summary>An id and the name a person knows it by, for completion.</summary>
    public readonly struct NamedItem
    {
        public NamedItem(string id, string? name)
        {
            Id = id;
            Name = name;
        }

        public string Id { get; }
        public string? Name { get; }
    }

    /// <summary>
    /// Completes ids (or, for a -Name or -Tag parameter, names) from the default session: typing part
    /// of a name or the start of an id offers the matches, with the name and id as the tooltip. One
    /// listing per completion, bounded in time; an unreachable API, or no session, offers nothing.
    /// </summary>
    public abstract class SessionCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

        /// <summary>What to offer; null when this command or line gives nothing to list.</summary>
        protected abstract IAsyncEnumerable<IReadOnlyList<NamedItem>>? List(CeligoSession session, string commandName, IDictionary bound, CancellationToken ct);

        private static bool CompletesNames(string parameterName) =>
            parameterName.Equals("Name", StringComparison.OrdinalIgnoreCase) || parameterName.Equals("Tag", StringComparison.OrdinalIgnoreCase);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var session = SessionStore.Current;
            if (session == null || session.IsDisposed)
            {
                return Array.Empty<CompletionResult>();
            }
            var word = (wordToComplete ?? "").Trim('\'', '"');
            var byName = CompletesNames(parameterName ?? "");
            var found = new List<CompletionResult>();
            try
            {
                using var cts = new CancellationTokenSource(Budget);
                var pages = List(session, commandName ?? "", fakeBoundParameters ?? new Hashtable(), cts.Token);
                if (pages == null)
                {
                    return found;
                }
                var enumerator = pages.GetAsyncEnumerator(cts.Token);
                try
                {
                    while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                    {
                        foreach (var item in enumerator.Current)
                        {
                            var name = item.Name ?? "";
                            var tooltip = name.Length > 0 ? $"{name} ({item.Id})" : item.Id;
                            if (byName && name.Length > 0 && name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                            {
                                found.Add(new CompletionResult(ListCompleter.Quote(name), name, CompletionResultType.ParameterValue, tooltip));
                            }
                            else if (!byName && (item.Id.StartsWith(word, StringComparison.OrdinalIgnoreCase) || name.IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0))
                            {
                                found.Add(new CompletionResult(item.Id, tooltip, CompletionResultType.ParameterValue, tooltip));
                            }
                        }
                    }
                }
                finally
                {
                    enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
            catch (Exception)
            {
                // Completion must never throw at the prompt.
            }
            return found;
        }

        /// <summary>Pages of resources as pages of (id, name).</summary>
        protected static async IAsyncEnumerable<IReadOnlyList<NamedItem>> Named<T>(IAsyncEnumerable<IReadOnlyList<T>> pages, Func<T, NamedItem> item)
        {
            await foreach (var page in pages.ConfigureAwait(false))
            {
                yield return page.Select(item).ToList();
            }
        }

        protected static async IAsyncEnumerable<IReadOnlyList<NamedItem>> Once(Func<Task<IReadOnlyList<NamedItem>>> list)
        {
            yield return await list().ConfigureAwait(false);
        }

        protected static IAsyncEnumerable<IReadOnlyList<NamedItem>> Resources<T>(CeligoSession session, ResourceCollection<T> collection, CancellationToken ct)
            where T : CeligoResource =>
            Named(session.Client.ListAsync(collection, null, ct), r => new NamedItem(r.Id, r is NamedResource n ? n.Name : r is CeligoTag t ? t.Tag : null));
    }

    /// <summary>Ids (or names) of one kind of resource, whatever the command.</summary>
    public abstract class CollectionCompleter<T> : SessionCompleter where T : CeligoResource
    {
        private readonly ResourceCollection<T> _collection;

        protected CollectionCompleter(ResourceCollection<T> collection)
        {
            _collection = collection;
        }

        protected override IAsyncEnumerable<IReadOnlyList<NamedItem>> List(CeligoSession session, string commandName, IDictionary bound, CancellationToken ct) =>
            Resources(session, _collection, ct);
    }

    public sealed class IntegrationIdCompleter() : CollectionCompleter<Integration>(ResourceCollection<Integration>.Integrations);

    public sealed class FlowIdCompleter() : CollectionCompleter<Flow>(ResourceCollection<Flow>.Flows);

    public sealed class ConnectionIdCompleter() : CollectionCompleter<Connection>(ResourceCollection<Connection>.Connections);

    public sealed class ExportIdCompleter() : CollectionCompleter<Export>(ResourceCollection<Export>.Exports);

    public sealed class ImportIdCompleter() : CollectionCompleter<Import>(ResourceCollection<Import>.Imports);

    public sealed class LookupCacheIdCompleter() : CollectionCompleter<LookupCache>(ResourceCollection<LookupCache>.LookupCaches);

    /// <summary>Tag labels (-Tag of Set-CeligoErrorTag).</summary>
    public sealed class TagCompleter() : CollectionCompleter<CeligoTag>(ResourceCollection<CeligoTag>.Tags);

    /// <summary>
    /// -Id and -Name of commands shared by several kinds of resource: the command's noun says which
    /// (Get-CeligoConnection and Enable-CeligoConnectionDebug list connections, Enable-CeligoFlow flows).
    /// </summary>
    public sealed class CommandResourceCompleter : SessionCompleter
    {
        protected override IAsyncEnumerable<IReadOnlyList<NamedItem>>? List(CeligoSession session, string commandName, IDictionary bound, CancellationToken ct)
        {
            var noun = commandName.Substring(commandName.IndexOf('-') + 1);
            bool Is(string resource) => noun.StartsWith(resource, StringComparison.OrdinalIgnoreCase);
            // Longer nouns first, so that CeligoLookupCacheData is a lookup cache's, not something shorter's.
            if (Is("CeligoLookupCache")) return Resources(session, ResourceCollection<LookupCache>.LookupCaches, ct);
            if (Is("CeligoIntegration")) return Resources(session, ResourceCollection<Integration>.Integrations, ct);
            if (Is("CeligoConnection")) return Resources(session, ResourceCollection<Connection>.Connections, ct);
            if (Is("CeligoExport")) return Resources(session, ResourceCollection<Export>.Exports, ct);
            if (Is("CeligoImport")) return Resources(session, ResourceCollection<Import>.Imports, ct);
            if (Is("CeligoScript")) return Resources(session, ResourceCollection<Script>.Scripts, ct);
            if (Is("CeligoUser")) return Resources(session, ResourceCollection<CeligoUser>.Users, ct);
            if (Is("CeligoFlow")) return Resources(session, ResourceCollection<Flow>.Flows, ct);
            if (Is("CeligoTag")) return Resources(session, ResourceCollection<CeligoTag>.Tags, ct);
            return null;
        }
    }

    /// <summary>The steps of the flow named by -FlowId on the same line, by step name.</summary>
    public sealed class StepIdCompleter : SessionCompleter
    {
        protected override IAsyncEnumerable<IReadOnlyList<NamedItem>>? List(CeligoSession session, string commandName, IDictionary bound, CancellationToken ct)
        {
            var flowId = bound["FlowId"]?.ToString();
            if (string.IsNullOrWhiteSpace(flowId))
            {
                return null;
            }
            return Once(async () =>
            {
                var flow = await session.Client.GetFlowAsync(flowId!, ct).ConfigureAwait(false);
                var steps = await session.Client.GetFlowStepsAsync(flow, ct).ConfigureAwait(false);
                return steps.Select(s => new NamedItem(s.StepId, s.Name)).ToList();
            });
        }
    }

    /// <summary>The account's most recent jobs (the first page), by id, with their status and start as the tooltip.</summary>
    public sealed class JobIdCompleter : SessionCompleter
    {
        protected override IAsyncEnumerable<IReadOnlyList<NamedItem>> List(CeligoSession session, string commandName, IDictionary bound, CancellationToken ct) =>
            Once(async () =>
            {
                var jobs = new List<NamedItem>();
                // The API lists jobs only within a scope or a date window: the retention window, newest first.
                var query = new JobQuery { Since = DateTime.Now - Commands.Jobs.GetCeligoJobCommand.Retention };
                await foreach (var page in session.Client.ListJobsAsync(query, ct).ConfigureAwait(false))
                {
                    jobs.AddRange(page.Select(j => new NamedItem(j.Id, $"{j.Type} {j.Status}, started {j.StartedAt:yyyy-MM-dd HH:mm}")));
                    break;
                }
                return jobs;
            });
    }
}
