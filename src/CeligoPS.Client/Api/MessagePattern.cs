using System.Text.RegularExpressions;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// An error message with what changes from record to record taken out, so messages that tell of one
    /// problem read the same: e-mail addresses, URLs, IP addresses, time stamps, ids (GUIDs, hex and
    /// Salesforce-style ids) and numbers become placeholders. Words, field names and quoted names stay,
    /// since "field 'email' is required" and "field 'phone' is required" are two problems.
    /// </summary>
    public static class MessagePattern
    {
        private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.Compiled;

        // In this order: a longer shape is replaced before the numbers inside it are.
        private static readonly (Regex Match, string Placeholder)[] Rules =
        {
            (new Regex(@"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", Options), "<email>"),
            (new Regex(@"\bhttps?://[^\s""'<>]+", Options), "<url>"),
            (new Regex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?", Options), "<time>"),
            (new Regex(@"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b", Options), "<ip>"),
            (new Regex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", Options), "<id>"),
            // A run of letters and digits with at least two digits, 8 or more long: an id, a key, a hash.
            (new Regex(@"\b(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\d)[A-Za-z0-9]{8,}\b", Options), "<id>"),
            (new Regex(@"(?<![A-Za-z<])[-+]?\d+(?:[.,]\d+)*", Options), "<n>"),
            (new Regex(@"\s+", Options), " "),
        };

        /// <summary>The pattern of <paramref name="message"/>; empty for none.</summary>
        public static string Of(string? message)
        {
            var text = message ?? "";
            foreach (var (match, placeholder) in Rules)
            {
                text = match.Replace(text, placeholder);
            }
            return text.Trim();
        }
    }
}
