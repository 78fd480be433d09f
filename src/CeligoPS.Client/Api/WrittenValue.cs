using System;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace CeligoPS.Client.Api
{
    /// <summary>
    /// Whether a value read back after a write is the one sent. The server may add to what it stores
    /// (sub-document ids, defaults) and may write a number or a time stamp its own way, so a sent
    /// object counts as applied when every field sent is there with its value; a secret read back
    /// masked (******) cannot be checked and counts as applied.
    /// </summary>
    internal static class WrittenValue
    {
        private const string Mask = "******";

        public static bool IsApplied(JsonNode? sent, JsonNode? stored)
        {
            if (sent == null)
            {
                return stored == null || stored.GetValueKind() == JsonValueKind.Null;
            }
            if (stored is JsonValue maskedValue && maskedValue.TryGetValue(out string? masked) && masked == Mask)
            {
                return true;
            }
            switch (sent)
            {
                case JsonObject sentObject:
                    return stored is JsonObject storedObject && sentObject.All(p => IsApplied(p.Value, storedObject[p.Key]));
                case JsonArray sentArray:
                    return stored is JsonArray storedArray && sentArray.Count == storedArray.Count
                        && sentArray.Select((item, i) => IsApplied(item, storedArray[i])).All(same => same);
                default:
                    return stored is JsonValue storedValue && SameValue((JsonValue)sent, storedValue);
            }
        }

        private static bool SameValue(JsonValue sent, JsonValue stored)
        {
            if (sent.ToJsonString() == stored.ToJsonString())
            {
                return true;
            }
            var kind = sent.GetValueKind();
            if (kind != stored.GetValueKind())
            {
                return false;
            }
            if (kind == JsonValueKind.Number)
            {
                return decimal.TryParse(sent.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var a)
                    && decimal.TryParse(stored.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var b) && a == b;
            }
            // The same instant written another way (2026-01-02T03:04:05Z and …05.000Z).
            return kind == JsonValueKind.String
                && DateTimeOffset.TryParse(sent.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var sentAt)
                && DateTimeOffset.TryParse(stored.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var storedAt)
                && sent.GetValue<string>().Contains("T") && sentAt == storedAt;
        }
    }
}
