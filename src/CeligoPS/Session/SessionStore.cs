using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;

namespace CeligoPS.Session
{
    /// <summary>
    /// The default session of each runspace. Keyed by runspace (never one process-wide value) so that
    /// runbooks or jobs sharing a process do not see each other's tenant; the table holds runspaces
    /// weakly, so a closed runspace takes its session with it.
    /// </summary>
    internal static class SessionStore
    {
        private sealed class Slot
        {
            public CeligoSession? Session;
        }

        private static readonly ConditionalWeakTable<Runspace, Slot> Slots = new ConditionalWeakTable<Runspace, Slot>();

        public static CeligoSession? Current
        {
            get => Runspace.DefaultRunspace is { } rs && Slots.TryGetValue(rs, out var slot) ? slot.Session : null;
            set
            {
                if (Runspace.DefaultRunspace is { } rs)
                {
                    Slots.GetOrCreateValue(rs).Session = value;
                }
            }
        }
    }
}
