using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;

namespace CeligoPS.Base
{
    /// <summary>
    /// Lets a command work on several piped records at once. ProcessRecord hands a record's work here
    /// and returns while it runs, so the round trips of consecutive records (a flow's error summary,
    /// then its steps) overlap instead of queueing one behind the other. Output still follows input
    /// order: each record's work posts to a pump of its own, and the pipeline thread writes the oldest
    /// record's output until that record is done, then the next one's, in later ProcessRecord calls
    /// and in EndProcessing, where <see cref="Finish"/> waits for the rest. At most <c>limit</c>
    /// records are in flight; each record's failure is reported against that record, in its place,
    /// and the others go on.
    /// </summary>
    internal sealed class OverlappedWork
    {
        private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);

        private readonly CeligoCmdlet _cmdlet;
        private readonly SemaphoreSlim _slots;
        private readonly CancellationTokenSource _cts;
        private readonly List<Task> _running = new List<Task>();
        private readonly Queue<Record> _unwritten = new Queue<Record>();

        public OverlappedWork(CeligoCmdlet cmdlet, int limit, CancellationToken stopping)
        {
            _cmdlet = cmdlet;
            _slots = new SemaphoreSlim(Math.Max(1, limit));
            _cts = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        }

        /// <summary>One piped record's work and what it has posted for the pipeline thread.</summary>
        private sealed class Record
        {
            public Record(PipelinePump pump, Task work)
            {
                Pump = pump;
                Work = work;
            }

            public PipelinePump Pump { get; }
            public Task Work { get; }
        }

        public void Start(Func<AsyncOutput, CancellationToken, Task> work, object? target)
        {
            Pumping(() =>
            {
                while (!_slots.Wait(0))
                {
                    WriteOldest(Tick);
                }
                var pump = new PipelinePump();
                var output = new AsyncOutput(_cmdlet, pump, _cts.Token);
                var task = Task.Run(async () =>
                {
                    try
                    {
                        output.ObserveRequests();
                        await work(output, _cts.Token).ConfigureAwait(false);
                    }
                    catch (Exception e) when (!(e is OperationCanceledException) && !ErrorRecordFactory.IsSessionBroken(e))
                    {
                        output.Error(e, target);
                    }
                    finally
                    {
                        _slots.Release();
                    }
                });
                _running.Add(task);
                _unwritten.Enqueue(new Record(pump, task));
                WriteOldest(TimeSpan.Zero);
            });
        }

        /// <summary>Writes what is left, record by record in input order, and returns when every record's work has ended.</summary>
        public void Finish()
        {
            Pumping(() =>
            {
                while (_unwritten.Count > 0)
                {
                    WriteOldest(Tick);
                }
            });
            Task.WhenAll(_running).GetAwaiter().GetResult();
        }

        /// <summary>
        /// Writes what the oldest unwritten record has posted, waiting up to <paramref name="wait"/> for
        /// it while it still runs; a record that has ended and has nothing left makes way for the next.
        /// </summary>
        private void WriteOldest(TimeSpan wait)
        {
            while (_unwritten.Count > 0)
            {
                var oldest = _unwritten.Peek();
                // Read before draining: whatever the work posted before it ended is queued by then.
                var ended = oldest.Work.IsCompleted;
                oldest.Pump.Drain(ended ? TimeSpan.Zero : wait, _cts.Token);
                if (!ended || !oldest.Pump.IsEmpty)
                {
                    return;
                }
                _unwritten.Dequeue();
            }
        }

        /// <summary>If writing fails (the pipeline was stopped, a terminating error), nothing may go on running.</summary>
        private void Pumping(Action pump)
        {
            try
            {
                pump();
            }
            catch
            {
                _cts.Cancel();
                PipelinePump.WaitQuietly(Task.WhenAll(_running));
                throw;
            }
        }
    }
}
