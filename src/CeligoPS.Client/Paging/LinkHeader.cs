using System;

namespace CeligoPS.Client.Paging
{
    /// <summary>Reads the RFC 5988 <c>Link</c> header: <c>&lt;url&gt;; rel="next", &lt;url&gt;; rel="prev"</c>.</summary>
    public static class LinkHeader
    {
        public static string? Next(string? header)
        {
            if (string.IsNullOrEmpty(header))
            {
                return null;
            }
            var rest = header!;
            while (rest.Length > 0)
            {
                var open = rest.IndexOf('<');
                var close = open < 0 ? -1 : rest.IndexOf('>', open + 1);
                if (open < 0 || close < 0)
                {
                    return null;
                }
                var url = rest.Substring(open + 1, close - open - 1).Trim();
                // The parameters of this link run to the next '<' (a comma may sit inside a quoted value).
                var nextOpen = rest.IndexOf('<', close + 1);
                var parameters = nextOpen < 0 ? rest.Substring(close + 1) : rest.Substring(close + 1, nextOpen - close - 1);
                foreach (var part in parameters.Split(';'))
                {
                    var kv = part.Trim().TrimEnd(',').Split(new[] { '=' }, 2);
                    if (kv.Length == 2 && kv[0].Trim().Equals("rel", StringComparison.OrdinalIgnoreCase))
                    {
                        foreach (var rel in kv[1].Trim().Trim('"').Split(' '))
                        {
                            if (rel.Equals("next", StringComparison.OrdinalIgnoreCase))
                            {
                                return url;
                            }
                        }
                    }
                }
                rest = nextOpen < 0 ? "" : rest.Substring(nextOpen);
            }
            return null;
        }
    }
}
