using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CeligoPS.Client.Api
{
    /// <summary>An RFC 6902 JSON-Patch document, the body PATCH takes (celigo-api.md §1).</summary>
    public sealed class JsonPatch
    {
        private readonly JsonArray _ops = new JsonArray();

        public int Count => _ops.Count;

        public IEnumerable<string> Paths
        {
            get
            {
                foreach (var op in _ops)
                {
                    yield return (string)op!["path"]!;
                }
            }
        }

        /// <summary>Sets a top-level field (replace, which the API also takes for fields not yet present).</summary>
        public JsonPatch Replace(string field, JsonNode? value)
        {
            _ops.Add(new JsonObject { ["op"] = "replace", ["path"] = "/" + Escape(field), ["value"] = value?.DeepClone() });
            return this;
        }

        /// <summary>Sets a field below the top level, such as <c>/http/baseURI</c> (its parents must exist).</summary>
        public JsonPatch Replace(IReadOnlyList<string> path, JsonNode? value)
        {
            _ops.Add(new JsonObject { ["op"] = "replace", ["path"] = "/" + string.Join("/", System.Linq.Enumerable.Select(path, Escape)), ["value"] = value?.DeepClone() });
            return this;
        }

        public JsonPatch Remove(string field)
        {
            _ops.Add(new JsonObject { ["op"] = "remove", ["path"] = "/" + Escape(field) });
            return this;
        }

        public byte[] ToUtf8() => JsonSerializer.SerializeToUtf8Bytes(_ops);

        /// <summary>JSON Pointer escaping: ~ and / inside a field name.</summary>
        private static string Escape(string field) => field.Replace("~", "~0").Replace("/", "~1");
    }
}
