using System;
using System.Collections;
using System.Collections.Generic;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>-ConnectionMap of the integration-folder commands: connection names in one place (keys) and in the other (values).</summary>
    internal static class ConnectionNameMap
    {
        public static IReadOnlyDictionary<string, string> From(Hashtable? table)
        {
            var map = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry pair in table ?? new Hashtable())
            {
                var from = pair.Key.ToString();
                var to = pair.Value?.ToString();
                if (string.IsNullOrWhiteSpace(from) || string.IsNullOrWhiteSpace(to))
                {
                    throw new ArgumentException("-ConnectionMap takes connection names: @{ 'name in the folder' = 'name in the target account' }, neither empty.");
                }
                map[from!] = to!;
            }
            return map;
        }
    }
}
