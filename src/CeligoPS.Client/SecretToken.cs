using System;

namespace CeligoPS.Client
{
    /// <summary>
    /// Holds the API token. Nothing public gives the value back: it leaves this object only as the
    /// Authorization header, so it cannot reach output, logs or exception text by accident.
    /// </summary>
    public sealed class SecretToken
    {
        private readonly string _value;

        public SecretToken(string value)
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                throw new ArgumentException("The API token is empty.", nameof(value));
            }
            _value = value.Trim();
        }

        /// <summary>A hint that tells tokens apart without revealing them: the last four characters.</summary>
        public string Masked => _value.Length <= 8 ? "********" : "********" + _value.Substring(_value.Length - 4);

        internal string Reveal() => _value;

        /// <summary>A one-way digest that tells tokens apart in lookups, without keeping the token as a key.</summary>
        internal string Fingerprint
        {
            get
            {
                using var sha = System.Security.Cryptography.SHA256.Create();
                return Convert.ToBase64String(sha.ComputeHash(System.Text.Encoding.UTF8.GetBytes(_value)));
            }
        }

        /// <summary>True when <paramref name="text"/> contains the token (used to scrub text before it is shown).</summary>
        public bool IsContainedIn(string? text) => text != null && text.IndexOf(_value, StringComparison.Ordinal) >= 0;

        /// <summary>Replaces the token wherever it appears in <paramref name="text"/> by its masked form.</summary>
        public string Scrub(string text) => IsContainedIn(text) ? text.Replace(_value, Masked) : text;

        public override string ToString() => Masked;
    }
}
