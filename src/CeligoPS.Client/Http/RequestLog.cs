using System;
using System.Threading;

namespace CeligoPS.Client.Http
{
    /// <summary>What one HTTP attempt did; it never carries the token or a body.</summary>
    public sealed class RequestLogEntry
    {
        public RequestLogEntry(string method, string pathAndQuery, int? status, int attempt, long milliseconds, string? problem)
        {
            Method = method;
            PathAndQuery = pathAndQuery;
            Status = status;
            Attempt = attempt;
            Milliseconds = milliseconds;
            Problem = problem;
        }

        public string Method { get; }
        public string PathAndQuery { get; }
        public int? Status { get; }
        public int Attempt { get; }
        public long Milliseconds { get; }
        public string? Problem { get; }

        public override string ToString() =>
            $"{Method} {PathAndQuery} -> {(Status?.ToString() ?? Problem ?? "no answer")} (attempt {Attempt}, {Milliseconds} ms)";
    }

    /// <summary>
    /// Where request log lines go. It is ambient (AsyncLocal) rather than a session setting because one
    /// session serves many commands, each with its own Verbose stream: a command sets the observer for
    /// the work it starts, and every request that work makes, on any thread, reports to it.
    /// </summary>
    public static class RequestLog
    {
        private static readonly AsyncLocal<Action<RequestLogEntry>?> Current = new AsyncLocal<Action<RequestLogEntry>?>();
        private static readonly AsyncLocal<Action<string>?> CurrentDecisions = new AsyncLocal<Action<string>?>();

        public static Action<RequestLogEntry>? Observer
        {
            get => Current.Value;
            set => Current.Value = value;
        }

        /// <summary>Where retry decisions go ("waiting 2 s after 503"): detail for -Debug.</summary>
        public static Action<string>? DecisionObserver
        {
            get => CurrentDecisions.Value;
            set => CurrentDecisions.Value = value;
        }

        internal static void Write(RequestLogEntry entry) => Current.Value?.Invoke(entry);

        internal static void Decision(string text) => CurrentDecisions.Value?.Invoke(text);
    }
}
