using System.Collections;
using System.Text.Json.Nodes;

namespace CeligoPS.Base
{
    /// <summary>PowerShell values as JsonNodes, for building request documents (patches, merged documents).</summary>
    internal static class PSJsonNodes
    {
        public static JsonNode? From(object? value) => JsonNode.Parse(PSJson.ToUtf8(value));

        /// <summary>A hashtable of top-level fields as a JSON object (a $null value stays, meaning "remove").</summary>
        public static JsonObject FromTable(IDictionary table)
        {
            var result = new JsonObject();
            foreach (DictionaryEntry entry in table)
            {
                result[entry.Key.ToString()!] = entry.Value == null ? null : From(entry.Value);
            }
            return result;
        }
    }
}
