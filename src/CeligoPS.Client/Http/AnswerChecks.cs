using System;
using System.Text.Json;

namespace CeligoPS.Client.Http
{
    /// <summary>
    /// For calls whose answer the client does not need: a success must still look like integrator.io's
    /// (empty, or JSON). A 2xx carrying text or HTML comes from something in between (a proxy, a captive
    /// portal) and proves nothing was done, so it is treated as a broken answer: retried where that is
    /// safe, reported otherwise, never taken as done.
    /// </summary>
    internal static class AnswerChecks
    {
        /// <summary>
        /// The answer as it came, once a body that says it is JSON has been found to be whole JSON: a cut
        /// body is then retried (where the call may be) and reported with its method and path, like
        /// every typed read, instead of failing later in whoever parses it.
        /// </summary>
        public static ApiResponse WholeJson(ApiResponse r)
        {
            if (!r.IsEmpty && r.MediaType != null && r.MediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) >= 0)
            {
                using var _ = JsonDocument.Parse(r.Body);
            }
            return r;
        }

        /// <summary>
        /// An answer to a write whose result is not needed: nothing, JSON, or the word the API answers
        /// some writes with ("OK", "Created"). Other text or an HTML page is a proxy's, not the API's.
        /// </summary>
        public static int EmptyOrJson(ApiResponse r)
        {
            if (r.IsEmpty || IsSuccessText(r))
            {
                return 0;
            }
            if (r.MediaType == null || r.MediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                throw new JsonException($"Expected JSON, text or nothing, got {r.MediaType ?? "no content type"}.");
            }
            using var _ = JsonDocument.Parse(r.Body);
            return 0;
        }

        /// <summary>
        /// A plain-text success word, as the API answers some writes ("OK", "Created"). Other text (a
        /// proxy's garbage, an HTML page) is not taken for the API's yes.
        /// </summary>
        public static bool IsSuccessText(ApiResponse r)
        {
            if (r.MediaType == null || !r.MediaType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase) || r.Body.Length > 32)
            {
                return false;
            }
            var word = System.Text.Encoding.UTF8.GetString(r.Body).Trim().TrimEnd('.', '!');
            foreach (var yes in SuccessWords)
            {
                if (string.Equals(word, yes, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }
            return false;
        }

        private static readonly string[] SuccessWords = { "OK", "Created", "Accepted", "Success", "Done", "Updated", "Deleted" };
    }
}
