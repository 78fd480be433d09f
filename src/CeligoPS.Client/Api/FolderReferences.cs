using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Which fields of a document refer to another resource, and of which kind. An integration folder
    /// writes these by name (so two accounts' copies compare equal); publishing turns the names back
    /// into the target account's ids. Only the fields listed here are references: any other string that
    /// happens to look like an id is configuration and is left alone both ways.
    /// </summary>
    public static class FolderReferences
    {
        /// <summary>The kind of flow groups, which live inside integration.json rather than in files of their own.</summary>
        public const string Groupings = "flowGroupings";

        private static readonly Dictionary<string, string> KindOf = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["_connectionId"] = "connections",
            ["_registeredConnectionIds"] = "connections",
            ["_borrowConcurrencyFromConnectionId"] = "connections",
            ["_exportId"] = "exports",
            ["_exportIds"] = "exports",
            ["_keepDeltaBehindExportId"] = "exports",
            ["_importId"] = "imports",
            ["_scriptId"] = "scripts",
            ["_lookupCacheId"] = "lookupcaches",
            ["_flowId"] = "flows",
            ["_runNextFlowIds"] = "flows",
            ["_abstractFlowId"] = "flows",
            ["_keepDeltaBehindFlowId"] = "flows",
            ["_flowGroupingId"] = Groupings,
        };

        private static readonly Regex IdLike = new Regex("^[0-9a-f]{24}$", RegexOptions.CultureInvariant);

        /// <summary>The kind a field refers to, or null when it is not a reference.</summary>
        public static string? Kind(string field) => KindOf.TryGetValue(field, out var kind) ? kind : null;

        /// <summary>An id of a resource outside the integration (the folder keeps those as they were).</summary>
        public static bool LooksLikeId(string value) => IdLike.IsMatch(value);

        /// <summary>Each reference in the document: the kind, the value (a name in a folder, an id in an account), and where it is.</summary>
        public static IEnumerable<(string Kind, string Value, string Path)> In(JsonNode? node, string path = "")
        {
            switch (node)
            {
                case JsonObject o:
                    foreach (var pair in o)
                    {
                        var at = path.Length == 0 ? pair.Key : path + "." + pair.Key;
                        if (Kind(pair.Key) is { } kind)
                        {
                            foreach (var value in Values(pair.Value))
                            {
                                yield return (kind, value, at);
                            }
                        }
                        foreach (var inner in In(pair.Value, at))
                        {
                            yield return inner;
                        }
                    }
                    break;
                case JsonArray a:
                    for (var i = 0; i < a.Count; i++)
                    {
                        foreach (var inner in In(a[i], $"{path}[{i}]"))
                        {
                            yield return inner;
                        }
                    }
                    break;
            }
        }

        /// <summary>
        /// A copy of the node with each reference's value passed through <paramref name="map"/> (given the
        /// kind and the value; it returns the value to write, or null to keep the value as it was).
        /// </summary>
        public static JsonNode? Rewrite(JsonNode? node, Func<string, string, string?> map)
        {
            switch (node)
            {
                case JsonObject o:
                    var copy = new JsonObject();
                    foreach (var pair in o)
                    {
                        copy[pair.Key] = Kind(pair.Key) is { } kind ? MapValues(pair.Value, kind, map) : Rewrite(pair.Value, map);
                    }
                    return copy;
                case JsonArray a:
                    return new JsonArray(a.Select(item => Rewrite(item, map)).ToArray());
                default:
                    return node?.DeepClone();
            }
        }

        private static JsonNode? MapValues(JsonNode? value, string kind, Func<string, string, string?> map) => value switch
        {
            JsonValue v when v.TryGetValue(out string? text) => JsonValue.Create(map(kind, text) ?? text),
            JsonArray a => new JsonArray(a.Select(item => MapValues(item, kind, map)).ToArray()),
            _ => value?.DeepClone(),
        };

        private static IEnumerable<string> Values(JsonNode? value)
        {
            if (value is JsonValue v && v.TryGetValue(out string? text))
            {
                yield return text;
            }
            else if (value is JsonArray a)
            {
                foreach (var item in a.SelectMany(Values))
                {
                    yield return item;
                }
            }
        }
    }
}
