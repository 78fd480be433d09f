using System;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace CeligoPS.Session
{
    /// <summary>
    /// The default session of each runspace. Keyed by runspace (never one process-wide value) so that
    /// runbooks or jobs sharing a process do not see each other's tenant; the table holds runspaces
    /// weakly, so a closed runspace takes its session with it.
    /// </summary>
    /// <remarks>
    /// ForEach-Object -Parallel reuses runspaces from task to task (each task renames its runspace
    /// PSTask:N and clears its variables, but the module's state stays). There a default session
    /// belongs to the task that connected: a later task in the same runspace does not inherit it,
    /// since it may be another item's account. It connects itself, or is handed one with -Session.
    /// </remarks>
    internal static class SessionStore
    {
        private const string ParallelTaskPrefix = "PSTask:";

        private sealed class Slot
        {
            public CeligoSession? Session;

            /// <summary>The runspace's name when the session was set: in a parallel task, the task.</summary>
            public string? Owner;
        }

        private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new ConditionalWeakTable<Runspace, Slot>();

        public static CeligoSession? Current
        {
            get => Find(out _);
            set => Swap(value);
        }

        /// <summary>Makes <paramref name="session"/> the runspace's default, and gives back the one it replaces (whichever task set it).</summary>
        public static CeligoSession? Swap(CeligoSession? session)
        {
            if (!(Runspace.DefaultRunspace is { } rs))
            {
                return null;
            }
            var slot = Slots.GetOrCreateValue(rs);
            var previous = slot.Session;
            slot.Session = session;
            slot.Owner = rs.Name;
            return previous;
        }

        /// <summary>
        /// The runspace's default session, or null; <paramref name="earlierTask"/> names the parallel
        /// task that set a session this task may not use (null when there is none).
        /// </summary>
        public static CeligoSession? Find(out string? earlierTask)
        {
            earlierTask = null;
            if (!(Runspace.DefaultRunspace is { } rs) || !Slots.TryGetValue(rs, out var slot) || slot.Session == null)
            {
                return null;
            }
            if (slot.Owner != null && slot.Owner.StartsWith(ParallelTaskPrefix, StringComparison.Ordinal) && slot.Owner != rs.Name)
            {
                earlierTask = slot.Owner;
                return null;
            }
            return slot.Session;
        }
    }
}
