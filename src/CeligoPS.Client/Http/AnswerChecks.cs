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

        public static int EmptyOrJson(ApiResponse r)
        {
            if (r.IsEmpty)
            {
                return 0;
            }
            if (r.MediaType == null || r.MediaType.IndexOf("json", StringComparison.OrdinalIgnoreCase) < 0)
            {
                throw new JsonException($"Expected JSON or nothing, got {r.MediaType ?? "no content type"}.");
            }
            using var _ = JsonDocument.Parse(r.Body);
            return 0;
        }
    }
}
