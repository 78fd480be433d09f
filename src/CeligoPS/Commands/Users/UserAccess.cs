using System;
using System.Collections;
using System.Collections.Generic;

namespace CeligoPS.Commands.Users
{
    /// <summary>
    /// The access a user is given: an account-wide level, and levels per integration from a hashtable
    /// (<c>@{ '&lt;integration id&gt;' = 'manage' }</c>), checked before anything is sent.
    /// </summary>
    internal static class UserAccess
    {
        public static readonly string[] IntegrationLevels = { "manage", "monitor" };

        /// <exception cref="ArgumentException">A level that is not manage or monitor, or a key that is not an integration id.</exception>
        public static IReadOnlyDictionary<string, string>? PerIntegration(Hashtable? table, Func<string, string, string> requireId)
        {
            if (table == null)
            {
                return null;
            }
            var access = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (DictionaryEntry pair in table)
            {
                var level = pair.Value?.ToString()?.ToLowerInvariant();
                if (Array.IndexOf(IntegrationLevels, level) < 0)
                {
                    throw new ArgumentException($"-IntegrationAccess gives integration {pair.Key} the level '{pair.Value}'; per integration a user can have 'manage' or 'monitor'.");
                }
                access[requireId(pair.Key?.ToString() ?? "", "integration id")] = level!;
            }
            return access;
        }
    }
}
