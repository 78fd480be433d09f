using System;
using System.Collections.Generic;
using System.Runtime.CompilerServices;
using System.Threading;
using System.Threading.Channels;
using System.Threading.Tasks;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Runs one listing per input with at most <c>concurrency</c> in flight, and streams their pages in
    /// input order: every page of the first input, then of the second, and so on, so the same inputs
    /// always give the same sequence however the answers arrive. Listings of later inputs run ahead
    /// while an earlier one is read, each holding back a few pages. A failing input is handed to
    /// <c>onFailure</c> (when given) at its place in the order and the others go on; without it, the
    /// failure ends the whole listing when its turn comes.
    /// </summary>
    internal static class FanOut
    {
        /// <summary>Pages one listing may have waiting while an earlier input is still being read.</summary>
        private const int PagesAhead = 2;

        public static async IAsyncEnumerable<IReadOnlyList<TOut>> MergeAsync<TIn, TOut>(
            IEnumerable<TIn> inputs,
            Func<TIn, CancellationToken, IAsyncEnumerable<IReadOnlyList<TOut>>> listing,
            int concurrency,
            Action<Exception, TIn>? onFailure,
            [EnumeratorCancellation] CancellationToken ct)
        {
            // One lane per input, handed over in input order; each lane carries that input's pages.
            var lanes = Channel.CreateUnbounded<Lane<TIn, TOut>>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(ct);
            var producer = Task.Run(() => StartListingsAsync(inputs, listing, concurrency, lanes.Writer, cts.Token));
            try
            {
                while (await lanes.Reader.WaitToReadAsync(ct).ConfigureAwait(false))
                {
                    while (lanes.Reader.TryRead(out var lane))
                    {
                        var pages = lane.Pages.Reader;
                        Exception? failure = null;
                        while (failure == null)
                        {
                            bool more;
                            try
                            {
                                more = await pages.WaitToReadAsync(ct).ConfigureAwait(false);
                            }
                            catch (Exception e) when (onFailure != null && !(e is OperationCanceledException && ct.IsCancellationRequested))
                            {
                                failure = e;
                                break;
                            }
                            if (!more)
                            {
                                break;
                            }
                            while (pages.TryRead(out var page))
                            {
                                yield return page;
                            }
                        }
                        if (failure != null)
                        {
                            onFailure!(failure, lane.Input);
                        }
                    }
                }
            }
            finally
            {
                // The consumer may stop early (-First): stop the listings and wait for them to end.
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

        private sealed class Lane<TIn, TOut>
        {
            public Lane(TIn input)
            {
                Input = input;
            }

            public TIn Input { get; }

            public Channel<IReadOnlyList<TOut>> Pages { get; } =
                Channel.CreateBounded<IReadOnlyList<TOut>>(new BoundedChannelOptions(PagesAhead) { SingleReader = true, SingleWriter = true });
        }

        private static async Task StartListingsAsync<TIn, TOut>(IEnumerable<TIn> inputs,
            Func<TIn, CancellationToken, IAsyncEnumerable<IReadOnlyList<TOut>>> listing, int concurrency,
            ChannelWriter<Lane<TIn, TOut>> lanes, CancellationToken ct)
        {
            using var gate = new SemaphoreSlim(Math.Max(1, concurrency));
            var running = new List<Task>();
            try
            {
                foreach (var input in inputs)
                {
                    await gate.WaitAsync(ct).ConfigureAwait(false);
                    var lane = new Lane<TIn, TOut>(input);
                    lanes.TryWrite(lane);
                    running.Add(Task.Run(async () =>
                    {
                        try
                        {
                            await foreach (var page in listing(input, ct).ConfigureAwait(false))
                            {
                                await lane.Pages.Writer.WriteAsync(page, ct).ConfigureAwait(false);
                            }
                            lane.Pages.Writer.TryComplete();
                        }
                        catch (Exception e)
                        {
                            // The reader meets the failure at this input's turn.
                            lane.Pages.Writer.TryComplete(e);
                        }
                        finally
                        {
                            gate.Release();
                        }
                    }, CancellationToken.None));
                }
                lanes.TryComplete();
            }
            catch (Exception e)
            {
                lanes.TryComplete(e);
            }
            await Task.WhenAll(running).ConfigureAwait(false);
        }
    }
}
