using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;

namespace CeligoPS.Base
{
    /// <summary>
    /// Lets a command work on several piped records at once. ProcessRecord hands a record's work here
    /// and returns while it runs, so the round trips of consecutive records (a flow's error summary,
    /// then its steps) overlap instead of queueing one behind the other. Output reaches the pipeline
    /// thread whenever the command has it: in later ProcessRecord calls and in EndProcessing, where
    /// <see cref="Finish"/> waits for the rest. At most <c>limit</c> records are in flight; each
    /// record's failure is reported against that record and the others go on.
    /// </summary>
    internal sealed class OverlappedWork
    {
        private static readonly TimeSpan Tick = TimeSpan.FromMilliseconds(20);

        private readonly CeligoCmdlet _cmdlet;
        private readonly PipelinePump _pump = new PipelinePump();
        private readonly SemaphoreSlim _slots;
        private readonly CancellationTokenSource _cts;
        private readonly List<Task> _running = new List<Task>();

        public OverlappedWork(CeligoCmdlet cmdlet, int limit, CancellationToken stopping)
        {
            _cmdlet = cmdlet;
            _slots = new SemaphoreSlim(Math.Max(1, limit));
            _cts = CancellationTokenSource.CreateLinkedTokenSource(stopping);
        }

        public void Start(Func<AsyncOutput, CancellationToken, Task> work, object? target)
        {
            Pumping(() =>
            {
                while (!_slots.Wait(0))
                {
                    _pump.Drain(Tick, _cts.Token);
                }
                var output = new AsyncOutput(_cmdlet, _pump, _cts.Token);
                _running.Add(Task.Run(async () =>
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
                }));
                _pump.Drain(TimeSpan.Zero, _cts.Token);
            });
        }

        /// <summary>Writes what is left as it comes and returns when every record's work has ended.</summary>
        public void Finish()
        {
            Pumping(() =>
            {
                while (_running.Any(t => !t.IsCompleted))
                {
                    _pump.Drain(Tick, _cts.Token);
                }
                _pump.Drain(TimeSpan.Zero, _cts.Token);
            });
            Task.WhenAll(_running).GetAwaiter().GetResult();
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
