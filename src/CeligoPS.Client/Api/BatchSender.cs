using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.ExceptionServices;
using System.Threading;
using System.Threading.Tasks;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Sends the batches of bulk calls (retry, resolve, assign, tag: at most 1000 ids each). One sender
    /// per client keeps at most <see cref="CeligoClientOptions.MaxConcurrency"/> bulk calls in flight
    /// across everything the session does, so the batches of many steps, sent at once, go out as fast
    /// as that allows and no faster. After a batch fails no further batch of that call is started; once
    /// those in flight end, a call of several batches says which items were accepted, which were in a
    /// failed batch (the API may have acted on them), and which were never sent.
    /// </summary>
    internal sealed class BatchSender : IDisposable
    {
        private readonly SemaphoreSlim _inFlight;

        public BatchSender(int concurrency)
        {
            _inFlight = new SemaphoreSlim(Math.Max(1, concurrency));
        }

        public async Task<IReadOnlyList<TResult>> SendAsync<TResult>(IReadOnlyList<IReadOnlyList<string>> batches, string what,
            Func<IReadOnlyList<string>, CancellationToken, Task<TResult>> send, CancellationToken ct)
        {
            var results = new TResult[batches.Count];
            var outcomes = new Outcome[batches.Count];
            Exception? failure = null;
            var running = new List<Task>();
            try
            {
                for (var i = 0; i < batches.Count; i++)
                {
                    await _inFlight.WaitAsync(ct).ConfigureAwait(false);
                    if (Volatile.Read(ref failure) != null)
                    {
                        _inFlight.Release();
                        break;
                    }
                    var index = i;
                    running.Add(Task.Run(async () =>
                    {
                        try
                        {
                            results[index] = await send(batches[index], ct).ConfigureAwait(false);
                            outcomes[index] = Outcome.Accepted;
                        }
                        catch (Exception e) when (e is CeligoApiException || e is CeligoTransportException)
                        {
                            outcomes[index] = Outcome.Failed;
                            Interlocked.CompareExchange(ref failure, e, null);
                        }
                        finally
                        {
                            _inFlight.Release();
                        }
                    }));
                }
            }
            finally
            {
                // Stopped part-way: let the calls in flight end before returning, so nothing runs on unseen.
                await Task.WhenAll(running).ContinueWith(_ => { }, TaskScheduler.Default).ConfigureAwait(false);
            }
            await Task.WhenAll(running).ConfigureAwait(false);
            if (failure == null)
            {
                return results;
            }
            if (batches.Count == 1)
            {
                ExceptionDispatchInfo.Capture(failure).Throw();
            }
            List<string> Items(Outcome outcome) => batches.Where((_, i) => outcomes[i] == outcome).SelectMany(b => b).ToList();
            throw new CeligoPartialFailureException(what, Items(Outcome.Accepted), Items(Outcome.Failed), Items(Outcome.NotSent), failure);
        }

        public void Dispose() => _inFlight.Dispose();

        private enum Outcome
        {
            NotSent,
            Accepted,
            Failed,
        }
    }
}
