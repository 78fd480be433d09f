using System;
using System.Collections.Generic;
using CeligoPS.Client.Http;

namespace CeligoPS.Client.Paging
{
    /// <summary>
    /// A body's <c>nextPageURL</c> read as Celigo's UI reads it (celigo-api.md §9): a leading
    /// <c>/api</c> (the UI's own prefix) is dropped, and the query of the first request is carried on
    /// for every name the link does not carry, since the API's link may hold the cursor alone.
    /// </summary>
    internal static class NextPageLink
    {
        public static string Follow(string link, IEnumerable<KeyValuePair<string, string>> firstQuery)
        {
            var path = link.StartsWith("/api/v1/", StringComparison.Ordinal) ? link.Substring(4) : link;
            var carried = Names(path);
            var missing = new QueryBuilder();
            foreach (var pair in firstQuery)
            {
                if (!carried.Contains(pair.Key))
                {
                    missing.Add(pair.Key, pair.Value);
                }
            }
            return missing.AppendTo(path);
        }

        /// <summary>The name/value pairs of a path's query string.</summary>
        public static IReadOnlyList<KeyValuePair<string, string>> Query(string pathAndQuery)
        {
            var pairs = new List<KeyValuePair<string, string>>();
            var q = pathAndQuery.IndexOf('?');
            if (q < 0)
            {
                return pairs;
            }
            foreach (var part in pathAndQuery.Substring(q + 1).Split(new[] { '&' }, StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = part.IndexOf('=');
                pairs.Add(new KeyValuePair<string, string>(
                    Uri.UnescapeDataString(eq < 0 ? part : part.Substring(0, eq)),
                    eq < 0 ? "" : Uri.UnescapeDataString(part.Substring(eq + 1))));
            }
            return pairs;
        }

        private static HashSet<string> Names(string pathAndQuery)
        {
            var names = new HashSet<string>(StringComparer.Ordinal);
            foreach (var pair in Query(pathAndQuery))
            {
                names.Add(pair.Key);
            }
            return names;
        }
    }
}
