using System;
using System.Collections.Generic;
using System.Linq;
using CeligoPS.Client.Api;

namespace CeligoPS.Client.Models
{
    /// <summary>
    /// Errors that tell of one problem: the same code and the same message once ids, numbers and the
    /// like are taken out (<see cref="MessagePattern"/>), wherever they happened.
    /// </summary>
    public sealed class ErrorPattern
    {
        internal ErrorPattern(string pattern, string? code, IReadOnlyList<StepError> errors)
        {
            Pattern = pattern;
            Code = code;
            Errors = errors;
            Sample = errors[0];
        }

        /// <summary>The message with what varies replaced by placeholders (&lt;n&gt;, &lt;id&gt;, &lt;email&gt;…).</summary>
        public string Pattern { get; }

        public string? Code { get; }

        /// <summary>Where the errors come from (application, connection, …), joined when they differ.</summary>
        public string Source => string.Join(", ", Errors.Select(e => e.Source).Where(s => !string.IsNullOrEmpty(s)).Distinct());

        public int Count => Errors.Count;

        /// <summary>How many of the errors can be retried (carry retry data).</summary>
        public int RetriableCount => Errors.Count(e => e.Retriable);

        public DateTime? FirstSeen => Errors.Min(e => e.OccurredAt);
        public DateTime? LastSeen => Errors.Max(e => e.OccurredAt);

        /// <summary>The flows the errors happened in, by name where known.</summary>
        public ItemList<string> Flows => new ItemList<string>(Errors.Select(e => e.FlowName ?? e.FlowId).Distinct());

        /// <summary>How many distinct flow steps the errors happened at.</summary>
        public int StepCount => Errors.Select(e => (e.FlowId, e.StepId)).Distinct().Count();

        /// <summary>The most recent error, as an example.</summary>
        public StepError Sample { get; }

        /// <summary>Every error of the pattern, newest first: pipe them on to Resolve-CeligoError or Invoke-CeligoErrorRetry.</summary>
        public IReadOnlyList<StepError> Errors { get; }

        public override string ToString() => $"{Count} × {Code}: {Pattern}";

        /// <summary>The patterns of <paramref name="errors"/>, the most frequent first (then the most recent).</summary>
        public static IReadOnlyList<ErrorPattern> Group(IEnumerable<StepError> errors) =>
            errors
                .GroupBy(e => (Code: e.Code ?? "", Pattern: MessagePattern.Of(e.Message)))
                .Select(g => new ErrorPattern(g.Key.Pattern, g.Key.Code.Length == 0 ? null : g.Key.Code,
                    g.OrderByDescending(e => e.OccurredAt ?? DateTime.MinValue).ToList()))
                .OrderByDescending(p => p.Count).ThenByDescending(p => p.LastSeen ?? DateTime.MinValue)
                .ToList();
    }
}
