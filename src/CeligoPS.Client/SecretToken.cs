using System;
using System.Linq;

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
            // Said now, without the token: otherwise every request fails in the HTTP stack, after retries.
            if (_value.Any(c => c < 0x21 || c > 0x7E))
            {
                throw new ArgumentException("The API token holds characters an HTTP header cannot carry (spaces, line breaks or non-ASCII letters). Check that it was copied whole, and nothing with it.", nameof(value));
            }
        }

        /// <summary>The token, or null when there is none or it could not be one (to keep it out of an error about it).</summary>
        public static SecretToken? TryCreate(string? value)
        {
            try
            {
                return string.IsNullOrWhiteSpace(value) ? null : new SecretToken(value!);
            }
            catch (ArgumentException)
            {
                return null;
            }
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

        /// <summary>
        /// The shortest piece of the token that counts as showing it: a server may echo it cut, in
        /// another case, or base64-encoded, and eight characters are enough to narrow a guess.
        /// </summary>
        public const int ShortestShownRun = 8;

        /// <summary>True when <paramref name="text"/> shows the token or a piece of it (see <see cref="Scrub"/>).</summary>
        public bool IsContainedIn(string? text) => text != null && !ReferenceEquals(Scrub(text), text);

        /// <summary>
        /// Masks the token wherever <paramref name="text"/> shows it: whole, cut (any run of
        /// <see cref="ShortestShownRun"/> or more of its characters), in any case, or base64-encoded.
        /// Gives back the same string when there is nothing to mask.
        /// </summary>
        public string Scrub(string text)
        {
            if (string.IsNullOrEmpty(text) || text.Length < ShortestShownRun)
            {
                return text;
            }
            var scrubbed = text;
            foreach (var encoded in Encodings())
            {
                if (scrubbed.IndexOf(encoded, StringComparison.Ordinal) >= 0)
                {
                    scrubbed = scrubbed.Replace(encoded, Masked);
                }
            }
            var builder = (System.Text.StringBuilder?)null;
            var copied = 0;
            for (var i = 0; i <= scrubbed.Length - ShortestShownRun;)
            {
                var run = LongestRunAt(scrubbed, i);
                if (run < ShortestShownRun)
                {
                    i++;
                    continue;
                }
                builder ??= new System.Text.StringBuilder(scrubbed.Length);
                builder.Append(scrubbed, copied, i - copied).Append(Masked);
                i += run;
                copied = i;
            }
            if (builder != null)
            {
                builder.Append(scrubbed, copied, scrubbed.Length - copied);
                return builder.ToString();
            }
            return scrubbed;
        }

        /// <summary>The longest run of the token's characters (any case) that starts at text[at].</summary>
        private int LongestRunAt(string text, int at)
        {
            var longest = 0;
            for (var start = 0; start < _value.Length; start++)
            {
                var n = 0;
                while (at + n < text.Length && start + n < _value.Length && char.ToUpperInvariant(text[at + n]) == char.ToUpperInvariant(_value[start + n]))
                {
                    n++;
                }
                longest = Math.Max(longest, n);
            }
            return longest;
        }

        /// <summary>The token base64-encoded, plain and URL-safe, with and without padding.</summary>
        private string[] Encodings()
        {
            if (_encodings == null)
            {
                var plain = Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes(_value));
                var bare = plain.TrimEnd('=');
                _encodings = new[] { plain, bare.Replace('+', '-').Replace('/', '_') }
                    .Concat(new[] { bare }).Where(e => e.Length >= ShortestShownRun).Distinct().ToArray();
            }
            return _encodings;
        }

        private string[]? _encodings;

        public override string ToString() => Masked;
    }
}
