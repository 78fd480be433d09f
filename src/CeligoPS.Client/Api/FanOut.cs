using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Runs one listing per input with at most <c>concurrency</c> in flight and streams their pages as
    /// they arrive, in arrival order. A failing input is handed to <c>onFailure</c> (when given) and the
    /// others go on; without it, the first failure ends the whole listing.
    /// </summary>
    internal static class FanOut
    {
        public static async IAsyncEnumerable<IReadOnlyList<TOut>> MergeAsync<TIn, TOut>(
            IEnumerable<TIn> inputs,
            Func<TIn, CancellationToken, IAsyncEnumerable<IReadOnlyList<TOut>>> listing,
            int concurrency,
            Action<Exception, TIn>? onFailure,
            [EnumeratorCancellation] CancellationToken ct)
        {
            var channel = Channel.CreateBounded<IReadOnlyList<TOut>>(new BoundedChannelOptions(Math.Max(2, concurrency * 2))
            {
                SingleReader = true,
            });
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var producer = Task.Run(() => ProduceAsync(inputs, listing, concurrency, onFailure, channel.Writer, cts.Token));
            try
            {
                while (await channel.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
                {
                    while (channel.Reader.TryRead(out var page))
                    {
                        yield return page;
                    }
                }
            }
            finally
            {
                // The consumer may stop early (-First): stop the producers and wait for them to end.
                cts.Cancel();
                try
                {
                    await producer.ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                }
            }
        }

        private static async Task ProduceAsync<TIn, TOut>(IEnumerable<TIn> inputs,
            Func<TIn, CancellationToken, IAsyncEnumerable<IReadOnlyList<TOut>>> listing, int concurrency,
            Action<Exception, TIn>? onFailure, ChannelWriter<IReadOnlyList<TOut>> writer, CancellationToken ct)
        {
            using var gate = new SemaphoreSlim(Math.Max(1, concurrency));
            var running = new List<Task>();
            try
            {
                foreach (var input in inputs)
                {
                    await gate.WaitAsync(ct).ConfigureAwait(false);
                    running.Add(Task.Run(async () =>
                    {
                        try
                        {
                            await foreach (var page in listing(input, ct).ConfigureAwait(false))
                            {
                                await writer.WriteAsync(page, ct).ConfigureAwait(false);
                            }
                        }
                        catch (Exception e) when (onFailure != null && !(e is OperationCanceledException && ct.IsCancellationRequested))
                        {
                            onFailure(e, input);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }, ct));
                }
                await Task.WhenAll(running).ConfigureAwait(false);
                writer.TryComplete();
            }
            catch (Exception e)
            {
                writer.TryComplete(e);
                try
                {
                    await Task.WhenAll(running).ConfigureAwait(false);
                }
                catch (Exception)
                {
                    // Already reported through the channel.
                }
            }
        }
    }
}
