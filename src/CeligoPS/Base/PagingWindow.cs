using System.Management.Automation;

namespace CeligoPS.Base
{
    /// <summary>
    /// -Skip and -First (SupportsPaging) across all of a command's input. The listing asks
    /// <see cref="Take"/> per object and stops fetching as soon as <see cref="IsFull"/>. Listings of
    /// several records may run at once (OverlappedWork), hence the lock.
    /// </summary>
    internal sealed class PagingWindow
    {
        private readonly ulong _skip;
        private readonly ulong _first;
        private ulong _seen;
        private ulong _taken;

        public PagingWindow(PagingParameters? paging)
        {
            _skip = paging?.Skip ?? 0;
            _first = paging?.First ?? ulong.MaxValue;
        }

        public bool IsFull => _taken >= _first;

        /// <summary>Objects counted so far (skipped or taken), for -IncludeTotalCount.</summary>
        public ulong Seen => _seen;

        /// <summary>Whether this object goes to the pipeline.</summary>
        public bool Take()
        {
            lock (this)
            {
                _seen++;
                if (_seen <= _skip || IsFull)
                {
                    return false;
                }
                _taken++;
                return true;
            }
        }
    }
}
