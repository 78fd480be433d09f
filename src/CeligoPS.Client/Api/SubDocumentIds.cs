using System.Linq;
using System.Text.Json.Nodes;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Integration folders leave out the <c>_id</c> the server gives sub-documents (flow groups and the
    /// like). Writing a folder's value over the stored one would give each a new id and orphan what named
    /// the old one, so before a write each sub-document gets back the id of its stored counterpart: the
    /// one of the same name, or else the one at the same place.
    /// </summary>
    internal static class SubDocumentIds
    {
        public static JsonNode? Reattach(JsonNode? desired, JsonNode? stored)
        {
            switch (desired)
            {
                case JsonObject o:
                    var copy = new JsonObject();
                    foreach (var pair in o)
                    {
                        copy[pair.Key] = Reattach(pair.Value, (stored as JsonObject)?[pair.Key]);
                    }
                    return copy;
                case JsonArray a:
                    var storedItems = (stored as JsonArray)?.ToList() ?? new System.Collections.Generic.List<JsonNode?>();
                    return new JsonArray(a.Select((item, i) =>
                    {
                        var counterpart = item is JsonObject { } sub && (string?)sub["name"] is { } name
                            ? storedItems.OfType<JsonObject>().FirstOrDefault(s => (string?)s["name"] == name)
                            : i < storedItems.Count ? storedItems[i] : null;
                        var result = Reattach(item, counterpart);
                        if (result is JsonObject withId && !withId.ContainsKey("_id") && counterpart is JsonObject c && c["_id"] is JsonValue storedId)
                        {
                            withId["_id"] = storedId.DeepClone();
                        }
                        return result;
                    }).ToArray());
                default:
                    return desired?.DeepClone();
            }
        }
    }
}
