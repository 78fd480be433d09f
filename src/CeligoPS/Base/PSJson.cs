using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Text;
using System.Text.Json;
using CeligoPS.Client.Http;

namespace CeligoPS.Base
{
    /// <summary>
    /// PowerShell values to JSON: hashtables, PSCustomObjects, arrays, strings, numbers, booleans,
    /// dates and null, as ConvertTo-Json would write them (which Windows PowerShell 5.1 and 7 spell
    /// differently, so the module writes its own). A string that already is JSON is sent as it is.
    /// </summary>
    internal static class PSJson
    {
        private const int MaxDepth = 64;

        public static byte[] ToUtf8(object? value)
        {
            if (PipeBind.Unwrap(value) is string text && LooksLikeJson(text))
            {
                using var _ = JsonDocument.Parse(text); // fails here, with the parser's message, on broken JSON
                return Encoding.UTF8.GetBytes(text);
            }
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(writer, value, 0);
            }
            return buffer.ToArray();
        }

        private static bool LooksLikeJson(string text)
        {
            var t = text.TrimStart();
            return t.StartsWith("{", StringComparison.Ordinal) || t.StartsWith("[", StringComparison.Ordinal);
        }

        private static void Write(Utf8JsonWriter writer, object? value, int depth)
        {
            if (depth > MaxDepth)
            {
                throw new ArgumentException($"The value nests deeper than {MaxDepth} levels; it cannot be sent as JSON.");
            }
            var raw = value is PSObject ps && !(ps.BaseObject is PSCustomObject) ? ps.BaseObject : value;
            switch (raw)
            {
                case null:
                    writer.WriteNullValue();
                    return;
                case string s:
                    writer.WriteStringValue(s);
                    return;
                case bool b:
                    writer.WriteBooleanValue(b);
                    return;
                case SwitchParameter sw:
                    writer.WriteBooleanValue(sw.IsPresent);
                    return;
                case DateTime d:
                    writer.WriteStringValue(IsoDate.Format(d));
                    return;
                case DateTimeOffset o:
                    writer.WriteStringValue(IsoDate.Format(o.UtcDateTime));
                    return;
                case JsonElement element:
                    element.WriteTo(writer);
                    return;
                case Enum e:
                    writer.WriteStringValue(e.ToString());
                    return;
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                        Write(writer, entry.Value, depth + 1);
                    }
                    writer.WriteEndObject();
                    return;
                case IEnumerable list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        Write(writer, item, depth + 1);
                    }
                    writer.WriteEndArray();
                    return;
            }
            if (IsNumber(raw))
            {
                writer.WriteRawValue(Convert.ToString(raw, CultureInfo.InvariantCulture)!);
                return;
            }
            // An object: its properties (a PSCustomObject's notes, or a .NET object's public properties).
            writer.WriteStartObject();
            foreach (var property in PSObject.AsPSObject(value).Properties)
            {
                if (!property.IsGettable)
                {
                    continue;
                }
                writer.WritePropertyName(property.Name);
                Write(writer, property.Value, depth + 1);
            }
            writer.WriteEndObject();
        }

        private static bool IsNumber(object value) =>
            value is byte || value is sbyte || value is short || value is ushort || value is int || value is uint ||
            value is long || value is ulong || value is float || value is double || value is decimal;
    }
}
