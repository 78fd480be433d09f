using System;
using CeligoPS.Client.Http;
using System.Collections.Generic;
using System.Management.Automation;
using System.Threading;

namespace CeligoPS.Base
{
    /// <summary>
    /// What async work may do to the pipeline, from any thread: each call is posted to the pipeline
    /// thread through the pump, in order.
    /// </summary>
    internal sealed class AsyncOutput
    {
        private readonly CeligoCmdlet _cmdlet;
        private readonly PipelinePump _pump;
        private readonly CancellationToken _ct;

        public AsyncOutput(CeligoCmdlet cmdlet, PipelinePump pump, CancellationToken ct)
        {
            _cmdlet = cmdlet;
            _pump = pump;
            _ct = ct;
        }

        public void Object(object value) => _pump.Post(() => _cmdlet.WriteObject(value), _ct);

        /// <summary>
        /// Sends every request the calling work makes (on any thread it continues on) to Verbose, and
        /// the retry decisions to Debug. RequestLog is ambient, so this holds for that work only.
        /// </summary>
        public void ObserveRequests()
        {
            RequestLog.Observer = entry => Verbose(entry.ToString());
            RequestLog.DecisionObserver = Debug;
        }

        /// <summary>
        /// Writes a file or folder the command saved, as Get-Item gives it (FileInfo or DirectoryInfo): the
        /// provider is asked on the pipeline thread, which it must be, and by literal path, since file
        /// names made from resource names may hold wildcard characters.
        /// </summary>
        public void Item(string path) => _pump.Post(() => _cmdlet.WriteObject(_cmdlet.InvokeProvider.Item.Get(new[] { path }, true, true), true), _ct);

        /// <summary>Runs an action on the pipeline thread, in order with everything else posted.</summary>
        public void OnPipelineThread(Action action) => _pump.Post(action, _ct);

        /// <summary>Many objects in one hand-over to the pipeline thread (listings post a batch at a time).</summary>
        public void Objects(IReadOnlyList<object> values) => _pump.PostBatch(() =>
        {
            foreach (var value in values)
            {
                _cmdlet.WriteObject(value);
            }
        }, _ct);

        public void Verbose(string text) => _pump.Post(() => _cmdlet.WriteVerbose(_cmdlet.ScrubText(text)), _ct);

        public void Debug(string text) => _pump.Post(() => _cmdlet.WriteDebug(_cmdlet.ScrubText(text)), _ct);

        public void Warning(string text) => _pump.Post(() => _cmdlet.WriteWarning(_cmdlet.ScrubText(text)), _ct);

        public void Progress(ProgressRecord record) => _pump.Post(() => _cmdlet.WriteProgress(record), _ct);

        /// <summary>
        /// Asks on the pipeline thread (ShouldProcess, ShouldContinue) and waits for the answer, for work
        /// that only learns what it would change after reading from the API.
        /// </summary>
        public bool Ask(Func<bool> question)
        {
            using var answered = new ManualResetEventSlim();
            var answer = false;
            Exception? failure = null;
            _pump.Post(() =>
            {
                try
                {
                    answer = question();
                }
                catch (Exception e)
                {
                    failure = e;
                }
                finally
                {
                    answered.Set();
                }
            }, _ct);
            answered.Wait(_ct);
            if (failure != null)
            {
                System.Runtime.ExceptionServices.ExceptionDispatchInfo.Capture(failure).Throw();
            }
            return answer;
        }

        /// <summary>A failure of one item: reported, and the rest goes on (unless the session is broken).</summary>
        public void Error(Exception e, object? target) => _pump.Post(() => _cmdlet.ReportFailure(e, target), _ct);
    }
}
