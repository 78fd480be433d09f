using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
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

    /// <summary>
    /// Completes integration or flow ids by name from the default session: typing part of a name offers
    /// the matching ids, with the name as the tooltip. One listing per completion, bounded in time.
    /// </summary>
    public abstract class ResourceIdCompleter : IArgumentCompleter
    {
        private static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

        protected abstract IAsyncEnumerable<IReadOnlyList<NamedResource>> List(CeligoSession session, CancellationToken ct);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var session = SessionStore.Current;
            if (session == null || session.IsDisposed)
            {
                return Array.Empty<CompletionResult>();
            }
            var word = (wordToComplete ?? "").Trim('\'', '"');
            var found = new List<CompletionResult>();
            try
            {
                using var cts = new CancellationTokenSource(Budget);
                var enumerator = List(session, cts.Token).GetAsyncEnumerator(cts.Token);
                try
                {
                    while (enumerator.MoveNextAsync().AsTask().GetAwaiter().GetResult())
                    {
                        found.AddRange(enumerator.Current
                            .Where(r => r.Id.StartsWith(word, StringComparison.OrdinalIgnoreCase) ||
                                        (r.Name ?? "").IndexOf(word, StringComparison.OrdinalIgnoreCase) >= 0)
                            .Select(r => new CompletionResult(r.Id, $"{r.Name} ({r.Id})", CompletionResultType.ParameterValue, r.Name ?? r.Id)));
                    }
                }
                finally
                {
                    enumerator.DisposeAsync().AsTask().GetAwaiter().GetResult();
                }
            }
            catch (Exception)
            {
                // Completion must never throw at the prompt; an unreachable API just offers nothing.
            }
            return found;
        }
    }

    public sealed class IntegrationIdCompleter : ResourceIdCompleter
    {
        protected override IAsyncEnumerable<IReadOnlyList<NamedResource>> List(CeligoSession session, CancellationToken ct) =>
            session.Client.ListIntegrationsAsync(ct);
    }

    public sealed class FlowIdCompleter : ResourceIdCompleter
    {
        protected override IAsyncEnumerable<IReadOnlyList<NamedResource>> List(CeligoSession session, CancellationToken ct) =>
            session.Client.ListFlowsAsync(null, ct);
    }
}
