using System;
using CeligoPS.Client;
using CeligoPS.Client.Models;

namespace CeligoPS.Session
{
    /// <summary>
    /// A connection to one integrator.io account: where, as whom, and the client that talks to it.
    /// What it shows (output, ToString, ConvertTo-Json) never includes the token, only its masked hint.
    /// </summary>
    public sealed class CeligoSession : IDisposable
    {
        internal CeligoSession(CeligoClient client, SecretToken token, string? environment, TokenInfo tokenInfo)
        {
            Client = client;
            Secret = token;
            Environment = environment;
            UserId = tokenInfo.UserId;
            Scope = tokenInfo.Scope;
            ConnectedAt = DateTime.Now;
        }

        public Uri BaseUri => Client.BaseUri;

        /// <summary>US, EU, or Custom for any other base URI (an emulator, a proxy).</summary>
        public string Region => CeligoRegions.FromBaseUri(Client.BaseUri)?.ToString() ?? "Custom";

        /// <summary>The config-file environment the session came from, if any.</summary>
        public string? Environment { get; }

        public string? UserId { get; }

        /// <summary>The token's scope: <c>*</c> is full access.</summary>
        public string? Scope { get; }

        /// <summary>The token, masked: enough to tell two tokens apart, never enough to use one.</summary>
        public string Token => Secret.Masked;

        public DateTime ConnectedAt { get; }

        /// <summary>True for sessions made with Connect-Celigo -ReadOnly: nothing that changes the account is sent.</summary>
        public bool ReadOnly => Client.Options.ReadOnly;

        /// <summary>How long one HTTP attempt may take (Connect-Celigo -RequestTimeout).</summary>
        public TimeSpan RequestTimeout => Client.Options.AttemptTimeout;

        /// <summary>How long one request may take with its retries (Connect-Celigo -TotalTimeout).</summary>
        public TimeSpan TotalTimeout => Client.Options.TotalTimeout;

        /// <summary>How often a failed request is tried again (Connect-Celigo -MaximumRetryCount).</summary>
        public int MaximumRetryCount => Client.Options.MaxRetries;

        /// <summary>The first wait before a retry (Connect-Celigo -RetryInterval).</summary>
        public TimeSpan RetryInterval => Client.Options.RetryBaseDelay;

        /// <summary>How many requests the session keeps in flight when it fans out or sends bulk calls.</summary>
        public int MaxConcurrency => Client.Options.MaxConcurrency;

        internal CeligoClient Client { get; }
        internal SecretToken Secret { get; }
        internal bool IsDisposed { get; private set; }

        /// <summary>Returned by -PassThru: the caller may still use it, so replacing the default must not dispose it.</summary>
        internal bool HandedOut { get; set; }

        /// <summary>Replaces the token wherever it appears in text that is about to be shown.</summary>
        internal string Scrub(string text) => Secret.Scrub(text);

        public override string ToString() => $"{Region} {BaseUri} ({UserId ?? "unknown user"})";

        public void Dispose()
        {
            IsDisposed = true;
            Client.Dispose();
        }
    }
}
