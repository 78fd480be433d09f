using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Net;
using System.Security;
using System.Threading;
using CeligoPS.Base;
using CeligoPS.Completion;
using CeligoPS.Client;
using CeligoPS.Client.Http;
using CeligoPS.Session;

namespace CeligoPS.Commands.Session
{
    /// <summary>Connects to integrator.io, checks the token with GET /v1/tokenInfo and makes the session the default.</summary>
    [Cmdlet(VerbsCommunications.Connect, "Celigo", DefaultParameterSetName = RegionSet)]
    [OutputType(typeof(CeligoSession))]
    public sealed class ConnectCeligoCommand : AccountAddressCommand
    {
        private readonly CancellationTokenSource _stopping = new CancellationTokenSource();

        [Parameter(Position = 0)]
        [TokenTransformation]
        [ValidateNotNull]
        public SecureString? Token { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EnvironmentCompleter))]
        public string? Environment { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        /// <summary>A session that refuses, before sending, every call that could change the account.</summary>
        [Parameter]
        public SwitchParameter ReadOnly { get; set; }

        /// <summary>How long one HTTP attempt may take (a TimeSpan or seconds); default 30 seconds.</summary>
        [Parameter]
        [TimeSpanTransformation]
        public TimeSpan? RequestTimeout { get; set; }

        /// <summary>How long one request may take with all its retries and waits; default 3 minutes.</summary>
        [Parameter]
        [TimeSpanTransformation]
        public TimeSpan? TotalTimeout { get; set; }

        /// <summary>How often a failed request is tried again; default 5.</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int? MaximumRetryCount { get; set; }

        /// <summary>The first wait before a retry (later ones grow); default 1 second.</summary>
        [Parameter]
        [TimeSpanTransformation]
        public TimeSpan? RetryInterval { get; set; }

        protected override void StopProcessing() => _stopping.Cancel();

        protected override void EndProcessing()
        {
            ConnectionSettings settings;
            try
            {
                settings = ConnectionSettings.Resolve(new ConnectionSettings.Request
                {
                    Token = Token == null ? null : new NetworkCredential(string.Empty, Token).Password,
                    Region = Region,
                    BaseUri = BaseUri,
                    Environment = Environment,
                    ConfigPath = ConfigFilePath,
                }, System.Environment.GetEnvironmentVariable);
            }
            catch (Exception e) when (e is ArgumentException || e is System.IO.IOException || e is System.IO.InvalidDataException)
            {
                ThrowTerminatingError(ErrorRecordFactory.From(e, null, GivenToken()));
                return;
            }

            var options = new CeligoClientOptions { ReadOnly = ReadOnly };
            try
            {
                ApplyRetryAndTimeouts(options);
            }
            catch (ArgumentException e)
            {
                ThrowTerminatingError(ErrorRecordFactory.From(e, null, GivenToken()));
                return;
            }

            WriteVerbose($"Connecting to {settings.BaseUri} with the token from {settings.Source}.");
            var client = new CeligoClient(settings.BaseUri, settings.Token, options);
            var log = new List<RequestLogEntry>();
            try
            {
                RequestLog.Observer = log.Add;
                var info = client.GetTokenInfoAsync(_stopping.Token).GetAwaiter().GetResult();
                var session = new CeligoSession(client, settings.Token, settings.Environment, info);
                var previous = SessionStore.Swap(session);
                if (previous != null && !previous.HandedOut)
                {
                    previous.Dispose();
                }
                if (PassThru)
                {
                    session.HandedOut = true;
                    WriteObject(session);
                }
            }
            catch (OperationCanceledException) when (_stopping.IsCancellationRequested)
            {
                client.Dispose();
                throw new PipelineStoppedException();
            }
            catch (Exception e)
            {
                client.Dispose();
                ThrowTerminatingError(ErrorRecordFactory.From(e, settings.BaseUri, settings.Token));
            }
            finally
            {
                RequestLog.Observer = null;
                foreach (var entry in log)
                {
                    WriteVerbose(entry.ToString());
                }
            }
        }

        // What the resilience pipeline can hold: a timeout of 10 ms to a day, a wait of at most a day.
        private static readonly TimeSpan ShortestTimeout = TimeSpan.FromMilliseconds(10);
        private static readonly TimeSpan Longest = TimeSpan.FromDays(1);

        /// <summary>The retry and timeout parameters, each checked here so that a bad one is named (not reported by the pipeline's own checks).</summary>
        private void ApplyRetryAndTimeouts(CeligoClientOptions options)
        {
            options.AttemptTimeout = Within(RequestTimeout, "-RequestTimeout", ShortestTimeout) ?? options.AttemptTimeout;
            options.TotalTimeout = Within(TotalTimeout, "-TotalTimeout", ShortestTimeout) ?? options.TotalTimeout;
            options.RetryBaseDelay = Within(RetryInterval, "-RetryInterval", TimeSpan.FromTicks(1)) ?? options.RetryBaseDelay;
            options.MaxRetries = MaximumRetryCount ?? options.MaxRetries;
            if (options.AttemptTimeout > options.TotalTimeout)
            {
                if (RequestTimeout != null)
                {
                    throw new ArgumentException(
                        $"-RequestTimeout ({options.AttemptTimeout}) is longer than -TotalTimeout ({options.TotalTimeout}), so no request could ever use it. Make -TotalTimeout the longer one.");
                }
                // Only the total was given, shorter than one request's default: a request may use all of it.
                options.AttemptTimeout = options.TotalTimeout;
            }
        }

        private static TimeSpan? Within(TimeSpan? value, string name, TimeSpan shortest) =>
            value == null || (value >= shortest && value <= Longest)
                ? value
                : throw new ArgumentException($"{name} must be {(shortest == ShortestTimeout ? "from 10 ms" : "longer than zero, up")} to a day; it was {value}.");

        /// <summary>The -Token given, to keep out of an error about the settings; null when none was given.</summary>
        private SecretToken? GivenToken()
        {
            var text = Token == null ? null : new NetworkCredential(string.Empty, Token).Password;
            return SecretToken.TryCreate(text);
        }
    }
}
