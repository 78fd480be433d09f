using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CeligoPS.Client.Models;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// The differences between two integration folders (on disk or read from accounts): a resource on one
    /// side only, or each property path whose value differs. Both sides are compared as written (names for
    /// references, no ids, no secrets), so what differs is configuration.
    /// </summary>
    public static class IntegrationDiff
    {
        public static IReadOnlyList<IntegrationDifference> Compare(IntegrationFolder reference, IntegrationFolder difference)
        {
            var rows = new List<IntegrationDifference>();
            foreach (var path in reference.Files.Keys.Union(difference.Files.Keys).OrderBy(p => p, StringComparer.Ordinal))
            {
                var (kind, name) = KindAndName(path);
                var inReference = reference.Files.TryGetValue(path, out var left);
                var inDifference = difference.Files.TryGetValue(path, out var right);
                if (!inReference || !inDifference)
                {
                    rows.Add(new IntegrationDifference(kind, name, null, default, default, inReference ? "Reference" : "Difference"));
                    continue;
                }
                if (left!.SequenceEqual(right!))
                {
                    continue;
                }
                if (path.EndsWith(".js", StringComparison.Ordinal))
                {
                    rows.Add(new IntegrationDifference(kind, name, "content", Text(left), Text(right), null));
                    continue;
                }
                foreach (var (at, l, r) in Walk(JsonNode.Parse(left), JsonNode.Parse(right), ""))
                {
                    rows.Add(new IntegrationDifference(kind, name, at, Element(l), Element(r), null));
                }
            }
            return rows;
        }

        /// <summary>Each top-level field of two documents whose values differ, with where within it (the paths <see cref="Compare"/> reports).</summary>
        internal static IEnumerable<(string Field, string Path)> FieldDifferences(JsonObject left, JsonObject right)
        {
            foreach (var key in left.Select(p => p.Key).Union(right.Select(p => p.Key)).OrderBy(k => k, StringComparer.Ordinal))
            {
                foreach (var (path, _, _) in Walk(left.ContainsKey(key) ? left[key] : Missing, right.ContainsKey(key) ? right[key] : Missing, key))
                {
                    yield return (key, path);
                }
            }
        }

        /// <summary>Each path where two values differ, with both values (<see cref="Missing"/> where a property is absent): objects by key, arrays of one length by index.</summary>
        private static IEnumerable<(string Path, JsonNode? Left, JsonNode? Right)> Walk(JsonNode? left, JsonNode? right, string path)
        {
            if (left is JsonObject l && right is JsonObject r)
            {
                return l.Select(p => p.Key).Union(r.Select(p => p.Key)).OrderBy(k => k, StringComparer.Ordinal).SelectMany(key =>
                    Walk(l.ContainsKey(key) ? l[key] : Missing, r.ContainsKey(key) ? r[key] : Missing, path.Length == 0 ? key : path + "." + key));
            }
            if (left is JsonArray la && right is JsonArray ra && la.Count == ra.Count)
            {
                return Enumerable.Range(0, la.Count).SelectMany(i => Walk(la[i], ra[i], $"{path}[{i}]"));
            }
            var leftText = left == Missing ? null : left?.ToJsonString() ?? "null";
            var rightText = right == Missing ? null : right?.ToJsonString() ?? "null";
            return leftText == rightText ? Enumerable.Empty<(string, JsonNode?, JsonNode?)>() : new[] { (path, left, right) };
        }

        /// <summary>Stands for "no such property" (a property can also hold null).</summary>
        private static readonly JsonNode Missing = JsonValue.Create("\\u0000missing")!;

        private static JsonElement Element(JsonNode? node) =>
            node == Missing ? default : JsonDocument.Parse(node?.ToJsonString() ?? "null").RootElement.Clone();

        private static JsonElement Text(byte[] bytes) => JsonDocument.Parse(JsonSerializer.Serialize(Encoding.UTF8.GetString(bytes))).RootElement.Clone();

        private static (string Kind, string Name) KindAndName(string path)
        {
            var slash = path.IndexOf('/');
            if (slash < 0)
            {
                return ("integration", "");
            }
            var kind = path.Substring(0, slash).TrimEnd('s');
            var file = path.Substring(slash + 1);
            foreach (var suffix in new[] { ".data.json", ".json", ".js" })
            {
                if (file.EndsWith(suffix, StringComparison.Ordinal))
                {
                    return (suffix == ".data.json" ? kind + " data" : kind, file.Substring(0, file.Length - suffix.Length));
                }
            }
            return (kind, file);
        }
    }
}
