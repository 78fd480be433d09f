using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Http;
using CeligoPS.Session;

namespace CeligoPS.Base
{
    /// <summary>
    /// Base of every command that talks to integrator.io: resolves the session (-Session or the
    /// runspace's default), runs async client calls with their output streamed to the pipeline, cancels
    /// them on Ctrl+C, applies -First/-Skip, and turns failures into ErrorRecords.
    /// </summary>
    public abstract class CeligoCmdlet : PSCmdlet
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();
        /// <summary>Objects handed to the pipeline thread at a time: big enough to make the hand-over cheap, small enough that the first ones show at once.</summary>
        private const int OutputBatchSize = 256;

        private PagingWindow? _paging;
        private OverlappedWork? _overlapped;
        private bool _listingExhausted = true;

        /// <summary>The session to use instead of the default one from Connect-Celigo.</summary>
        [Parameter]
        [ValidateNotNull]
        public CeligoSession? Session { get; set; }

        internal CeligoSession? ActiveSession { get; private set; }

        /// <summary>True once -First is satisfied: further listings would only be thrown away.</summary>
        internal bool PagingIsFull => _paging?.IsFull == true;

        protected CeligoClient Client => ResolveSession().Client;

        private NameBook? _names;

        /// <summary>Names of flows and steps for this command's messages and objects, each read once.</summary>
        internal NameBook Names => _names ??= new NameBook(Client);

        /// <summary>Starts reading a flow's names while input is still arriving (see NameBook.Prefetch).</summary>
        internal void PrefetchNames(string? flowId) => Names.Prefetch(flowId, _stopping.Token);

        /// <summary>Starts reading the step names of a flow already in hand.</summary>
        internal void PrefetchNames(Client.Models.Flow flow) => Names.Prefetch(flow, _stopping.Token);

        /// <summary>
        /// Reads the names of these flows before asking ShouldProcess, but only when its text is put
        /// before a person (-WhatIf, a confirmation prompt, Verbose's "Performing the operation" line)
        /// or <paramref name="forResults"/> says what follows names them too; otherwise nothing waits
        /// for names nobody reads.
        /// </summary>
        internal void LoadNamesIfAsked(IEnumerable<string> flowIds, bool forResults = false)
        {
            if (forResults || ShouldProcessIsSeen())
            {
                Run((output, ct) => Names.LoadAsync(flowIds, ct));
            }
        }

        private bool ShouldProcessIsSeen()
        {
            var bound = MyInvocation.BoundParameters;
            bool Switch(string name) => bound.TryGetValue(name, out var value) && LanguagePrimitives.IsTrue(value);
            if (Switch("WhatIf") || Switch("Confirm") || Switch("Verbose"))
            {
                return true;
            }
            if (!bound.ContainsKey("WhatIf") && LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference")))
            {
                return true;
            }
            var impact = ((CmdletAttribute?)Attribute.GetCustomAttribute(GetType(), typeof(CmdletAttribute)))?.ConfirmImpact ?? ConfirmImpact.Medium;
            if (!bound.ContainsKey("Confirm") && GetVariableValue("ConfirmPreference") is ConfirmImpact threshold &&
                threshold != ConfirmImpact.None && impact >= threshold)
            {
                return true;
            }
            return !bound.ContainsKey("Verbose") && GetVariableValue("VerbosePreference") is ActionPreference verbose &&
                   verbose != ActionPreference.SilentlyContinue && verbose != ActionPreference.Ignore;
        }

        protected override void StopProcessing() => _stopping.Cancel();

        protected override void EndProcessing()
        {
            FinishPipedWork();
            if (_paging != null && PagingParameters?.IncludeTotalCount == true)
            {
                WriteObject(PagingParameters.NewTotalCount(_paging.Seen, _listingExhausted ? 1.0 : 0.0));
            }
        }

        protected CeligoSession ResolveSession()
        {
            if (ActiveSession != null)
            {
                return ActiveSession;
            }
            string? earlierTask = null;
            var session = Session ?? SessionStore.Find(out earlierTask);
            if (session == null || session.IsDisposed)
            {
                var message = earlierTask == null
                    ? "Not connected to integrator.io. Run Connect-Celigo first, or pass -Session."
                    : $"Not connected in this ForEach-Object -Parallel task. The session in this runspace was made by an earlier task ({earlierTask}) and may be " +
                      "another item's account, so it is not used. Run Connect-Celigo in the task, or pass -Session $using:session.";
                ThrowTerminatingError(new ErrorRecord(new InvalidOperationException(message), "NotConnected", ErrorCategory.ConnectionError, null));
            }
            ActiveSession = session;
            return session!;
        }

        /// <summary>
        /// Runs async work, pumping its output to the pipeline as it comes. Every request the work makes
        /// logs one Verbose line. A failure is reported against <paramref name="target"/>.
        /// </summary>
        internal void Run(Func<AsyncOutput, CancellationToken, Task> work, object? target = null)
        {
            ResolveSession();
            var pump = new PipelinePump();
            using var cts = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var output = new AsyncOutput(this, pump, cts.Token);
            try
            {
                pump.Run(async ct =>
                {
                    output.ObserveRequests();
                    await work(output, ct).ConfigureAwait(false);
                }, cts);
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
            catch (Exception e) when (!(e is PipelineStoppedException) && !(e is ActionPreferenceStopException) && !IsTerminatingRecord(e))
            {
                ReportFailure(e, target);
            }
        }

        /// <summary>
        /// Like <see cref="Run"/>, but returns while the work goes on, so that the work of the next piped
        /// record overlaps this one's (see <see cref="OverlappedWork"/>); EndProcessing waits for it.
        /// </summary>
        internal void RunOverlapped(Func<AsyncOutput, CancellationToken, Task> work, object? target)
        {
            var session = ResolveSession();
            _overlapped ??= new OverlappedWork(this, session.Client.Options.MaxConcurrency, _stopping.Token);
            Stoppable(() => _overlapped.Start(work, target));
        }

        /// <summary>
        /// Waits for the work <see cref="RunOverlapped"/> started, writing its output. EndProcessing
        /// does this; a command whose EndProcessing acts on what that work gathered calls it first.
        /// </summary>
        internal void FinishPipedWork()
        {
            var overlapped = _overlapped;
            _overlapped = null;
            if (overlapped == null)
            {
                return;
            }
            Stoppable(() =>
            {
                try
                {
                    overlapped.Finish();
                }
                catch (Exception e) when (!(e is OperationCanceledException) && !(e is PipelineStoppedException) && !IsTerminatingRecord(e))
                {
                    ReportFailure(e, null);
                }
            });
        }

        private void Stoppable(Action pumping)
        {
            try
            {
                pumping();
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                throw new PipelineStoppedException();
            }
        }

        /// <summary>
        /// Runs one piece of work per item, all at once (the client bounds how many calls are in
        /// flight), and reports each failure against its own target, so that one failed step does not
        /// hold up or stop the others. A rejected token still stops everything.
        /// </summary>
        internal void RunEach<T>(IReadOnlyList<T> items, Func<T, object?> targetOf, Func<T, AsyncOutput, CancellationToken, Task> work)
        {
            if (items.Count == 0)
            {
                return;
            }
            Run((output, ct) => Task.WhenAll(items.Select(async item =>
            {
                try
                {
                    await work(item, output, ct).ConfigureAwait(false);
                }
                catch (Exception e) when (!(e is OperationCanceledException) && !ErrorRecordFactory.IsSessionBroken(e))
                {
                    output.Error(e, targetOf(item));
                }
            })));
        }

        /// <summary>Streams pages to the pipeline through -Skip/-First, stopping the fetch once -First is met.</summary>
        internal async Task StreamAsync<T>(IAsyncEnumerable<IReadOnlyList<T>> pages, Func<T, object> toOutput, AsyncOutput output,
            CancellationToken ct, Func<T, bool>? filter = null)
        {
            var window = LazyInitializer.EnsureInitialized(ref _paging, () => new PagingWindow(PagingParameters))!;
            if (window.IsFull)
            {
                _listingExhausted = false;
                return;
            }
            var enumerator = pages.GetAsyncEnumerator(ct);
            var batch = new List<object>();
            void Flush()
            {
                if (batch.Count > 0)
                {
                    output.Objects(batch);
                    batch = new List<object>();
                }
            }
            try
            {
                while (await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    foreach (var item in enumerator.Current)
                    {
                        if ((filter == null || filter(item)) && window.Take())
                        {
                            batch.Add(toOutput(item));
                            if (batch.Count == OutputBatchSize)
                            {
                                Flush();
                            }
                        }
                        if (window.IsFull)
                        {
                            Flush();
                            _listingExhausted = false;
                            return;
                        }
                    }
                    // A page's objects are out before the next page is asked for.
                    Flush();
                }
            }
            finally
            {
                await enumerator.DisposeAsync().ConfigureAwait(false);
            }
        }

        /// <summary>One failure: terminating when the session is unusable, otherwise reported and the pipeline goes on.</summary>
        internal void ReportFailure(Exception e, object? target)
        {
            var record = ErrorRecordFactory.From(e, target, ActiveSession?.Secret);
            if (ErrorRecordFactory.IsSessionBroken(e))
            {
                ThrowTerminatingError(record);
            }
            WriteError(record);
        }

        internal string ScrubText(string text) => ActiveSession?.Scrub(text) ?? text;

        private static bool IsTerminatingRecord(Exception e) => e is IContainsErrorRecord && e is RuntimeException;

        /// <summary>Ids are 24 hex characters; checking before the request saves a round trip and gives a clearer error.</summary>
        protected static string RequireId(string? id, string parameterName)
        {
            if (id == null || id.Length != 24 || !IsHex(id))
            {
                throw new ArgumentException($"'{id}' is not a valid {parameterName}: integrator.io ids are 24 hexadecimal characters.");
            }
            return id;
        }

        private static bool IsHex(string s)
        {
            foreach (var c in s)
            {
                if (!((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))
                {
                    return false;
                }
            }
            return true;
        }
    }
}
