using System;
using System.Collections.Concurrent;
using System.Threading;
using System.Threading.Tasks;

namespace CeligoPS.Base
{
    /// <summary>
    /// Runs async work and carries what it produces back to the pipeline thread, the only thread that
    /// may call WriteObject, WriteVerbose and friends. The queue is bounded, so a slow consumer slows the
    /// producer instead of letting pages pile up in memory.
    /// </summary>
    internal sealed class PipelinePump
    {
        private const int Capacity = 2048;
        private const int BatchesWaiting = 8;
        private readonly BlockingCollection<Action> _queue = new BlockingCollection<Action>(Capacity);
        private readonly SemaphoreSlim _batches = new SemaphoreSlim(BatchesWaiting);

        /// <summary>True when nothing posted waits to be run.</summary>
        public bool IsEmpty => _queue.Count == 0;

        /// <summary>Called from any thread by the work; blocks while the queue is full.</summary>
        public void Post(Action action, CancellationToken ct) => _queue.Add(action, ct);

        /// <summary>
        /// Posts the writing of many objects as one action: one hand-over between threads per batch
        /// instead of per object. At most a few batches wait, so a slow consumer still holds the
        /// listing back to about two pages ahead.
        /// </summary>
        public void PostBatch(Action writeAll, CancellationToken ct)
        {
            _batches.Wait(ct);
            try
            {
                _queue.Add(() =>
                {
                    try
                    {
                        writeAll();
                    }
                    finally
                    {
                        _batches.Release();
                    }
                }, ct);
            }
            catch
            {
                _batches.Release();
                throw;
            }
        }

        /// <summary>
        /// Drains posted actions on the calling (pipeline) thread until the work ends, then surfaces the
        /// work's failure. If an action throws (the pipeline was stopped, a terminating error), the work
        /// is cancelled and awaited so nothing keeps running in the background.
        /// </summary>
        public void Run(Func<CancellationToken, Task> work, CancellationTokenSource cts)
        {
            var task = Task.Run(() => work(cts.Token), cts.Token);
            task.ContinueWith(_ => _queue.CompleteAdding(), TaskScheduler.Default);
            try
            {
                foreach (var action in _queue.GetConsumingEnumerable(cts.Token))
                {
                    action();
                }
            }
            catch
            {
                cts.Cancel();
                WaitQuietly(task);
                throw;
            }
            task.GetAwaiter().GetResult();
        }

        /// <summary>
        /// Runs, on the calling (pipeline) thread, every action posted so far, waiting up to
        /// <paramref name="wait"/> for the first one; for work that outlives one call (OverlappedWork).
        /// </summary>
        public void Drain(TimeSpan wait, CancellationToken ct)
        {
            if (!_queue.TryTake(out var action, (int)wait.TotalMilliseconds, ct))
            {
                return;
            }
            do
            {
                action();
            }
            while (_queue.TryTake(out action));
        }

        internal static void WaitQuietly(Task task)
        {
            try
            {
                task.Wait(TimeSpan.FromSeconds(5));
            }
            catch (AggregateException)
            {
                // The work's own failure is secondary to what stopped the pipeline.
            }
        }
    }
}
