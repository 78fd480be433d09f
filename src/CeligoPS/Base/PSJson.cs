using System;
using System.Collections;
using System.Globalization;
using System.IO;
using System.Management.Automation;
using System.Numerics;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using CeligoPS.Client.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// PowerShell values to JSON, written as PowerShell 7's ConvertTo-Json writes them (Windows
    /// PowerShell 5.1 spells some differently, so the module has its own writer): hashtables and
    /// PSCustomObjects as objects, lists as arrays, a string always as a string (even one that starts
    /// with '[' or '{'), a guid, char or URI as its text, numbers of any size as numbers, dates in ISO
    /// 8601 with the zone they carry. JSON text is sent as it is only where a parameter says it takes
    /// JSON text (<see cref="FromJsonText"/>); elsewhere pass it through ConvertFrom-Json, or as a
    /// JsonNode. What JSON cannot hold (a script block, XML, a live .NET object such as a process) is
    /// refused with what to pass instead, before anything is sent.
    /// </summary>
    internal static class PSJson
    {
        private const int MaxDepth = 64;

        // ConvertTo-Json's own depth for .NET objects that are not data (a DirectoryInfo, a version):
        // their properties are written this many levels down, deeper ones as their text.
        private const int ObjectDepth = 2;

        /// <summary>The value as JSON; ArgumentException (saying what was wrong) for what JSON cannot hold.</summary>
        public static byte[] ToUtf8(object? value)
        {
            using var buffer = new MemoryStream();
            using (var writer = new Utf8JsonWriter(buffer))
            {
                Write(writer, value, 0, 0);
            }
            return buffer.ToArray();
        }

        /// <summary>JSON (from <see cref="ToUtf8"/> or <see cref="FromJsonText"/>) as an element to put in a document.</summary>
        public static JsonElement ToElement(byte[] json)
        {
            using var document = JsonDocument.Parse(json);
            return document.RootElement.Clone();
        }

        /// <summary>
        /// For a parameter documented to take JSON text: a string is that text, checked to be JSON;
        /// anything else is written as <see cref="ToUtf8"/> writes it.
        /// </summary>
        public static byte[] FromJsonText(object? value)
        {
            if (PipeBind.Unwrap(value) is string text)
            {
                try
                {
                    using var _ = JsonDocument.Parse(text);
                }
                catch (JsonException e)
                {
                    throw new ArgumentException($"The text is not valid JSON ({e.Message}). Pass a hashtable or object to have it written as JSON.", e);
                }
                return Encoding.UTF8.GetBytes(text);
            }
            return ToUtf8(value);
        }

        private static void Write(Utf8JsonWriter writer, object? value, int depth, int objectDepth)
        {
            if (depth > MaxDepth)
            {
                throw new ArgumentException($"The value nests deeper than {MaxDepth} levels (does it contain itself?); it cannot be sent as JSON.");
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
                case char c:
                    writer.WriteStringValue(c.ToString());
                    return;
                case bool b:
                    writer.WriteBooleanValue(b);
                    return;
                case SwitchParameter sw:
                    writer.WriteBooleanValue(sw.IsPresent);
                    return;
                case Guid g:
                    writer.WriteStringValue(g.ToString());
                    return;
                case Uri u:
                    writer.WriteStringValue(u.OriginalString);
                    return;
                case DateTime d:
                    // As ConvertTo-Json: the zone the value carries (Z, an offset, or none), no trailing zeros.
                    writer.WriteStringValue(d.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", CultureInfo.InvariantCulture));
                    return;
                case DateTimeOffset o:
                    writer.WriteStringValue(o.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFFzzz", CultureInfo.InvariantCulture));
                    return;
                case double x when double.IsNaN(x) || double.IsInfinity(x):
                    writer.WriteStringValue(x.ToString(CultureInfo.InvariantCulture));
                    return;
                case float x when float.IsNaN(x) || float.IsInfinity(x):
                    writer.WriteStringValue(x.ToString(CultureInfo.InvariantCulture));
                    return;
                case BigInteger big:
                    writer.WriteRawValue(big.ToString(CultureInfo.InvariantCulture));
                    return;
                case Enum e:
                    // ConvertTo-Json writes an enum as its number.
                    writer.WriteRawValue(Convert.ToString(Convert.ChangeType(e, Enum.GetUnderlyingType(e.GetType()), CultureInfo.InvariantCulture), CultureInfo.InvariantCulture)!);
                    return;
                case JsonElement element:
                    element.WriteTo(writer);
                    return;
                case JsonNode node:
                    node.WriteTo(writer);
                    return;
                case CeligoObject model:
                    // An API object goes back as the API wrote it, under its API names.
                    using (var document = JsonDocument.Parse(CeligoJson.Serialize((object)model)))
                    {
                        document.RootElement.WriteTo(writer);
                    }
                    return;
                case ScriptBlock _:
                    throw new ArgumentException("A script block cannot be sent as JSON. Pass its result, or its text as a string ($block.ToString()).");
                case System.Xml.XmlNode _:
                    throw new ArgumentException("XML cannot be sent as JSON as it is. Pass its text as a string (.OuterXml), or the values you need in a hashtable.");
                case IDictionary dictionary:
                    writer.WriteStartObject();
                    foreach (DictionaryEntry entry in dictionary)
                    {
                        writer.WritePropertyName(Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? "");
                        Write(writer, entry.Value, depth + 1, objectDepth);
                    }
                    writer.WriteEndObject();
                    return;
                case IEnumerable list:
                    writer.WriteStartArray();
                    foreach (var item in list)
                    {
                        Write(writer, item, depth + 1, objectDepth);
                    }
                    writer.WriteEndArray();
                    return;
            }
            if (IsNumber(raw))
            {
                writer.WriteRawValue(Convert.ToString(raw, CultureInfo.InvariantCulture)!);
                return;
            }
            var isData = raw is PSCustomObject || value is PSObject custom && custom.BaseObject is PSCustomObject;
            if (!isData && objectDepth >= ObjectDepth)
            {
                // Deeper than ConvertTo-Json goes into a .NET object: its text.
                writer.WriteStringValue(Convert.ToString(raw, CultureInfo.InvariantCulture));
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
                object? propertyValue;
                try
                {
                    propertyValue = property.Value;
                }
                catch (GetValueException)
                {
                    continue; // a property that cannot be read now (a process's exit code while it runs)
                }
                writer.WritePropertyName(property.Name);
                Write(writer, propertyValue, depth + 1, isData ? objectDepth : objectDepth + 1);
            }
            writer.WriteEndObject();
        }

        private static bool IsNumber(object value) =>
            value is byte || value is sbyte || value is short || value is ushort || value is int || value is uint ||
            value is long || value is ulong || value is float || value is double || value is decimal;
    }
}
