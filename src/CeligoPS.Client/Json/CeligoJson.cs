using System;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace CeligoPS.Client.Json
{
    /// <summary>The one set of serializer options for API bodies.</summary>
    public static class CeligoJson
    {
        public static readonly JsonSerializerOptions Options = new JsonSerializerOptions
        {
            NumberHandling = JsonNumberHandling.AllowReadingFromString,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };

        public static T Deserialize<T>(byte[] body) =>
            JsonSerializer.Deserialize<T>(body, Options) ?? throw new JsonException($"The body held null where {typeof(T).Name} was expected.");

        public static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, Options);
    }

    /// <summary>
    /// Reads a value the API sends sometimes as a string, sometimes as a number (error <c>errorId</c>
    /// and <c>oIndex</c>: strings in the docs' sample, numbers in a real record).
    /// </summary>
    public sealed class FlexibleStringConverter : JsonConverter<string?>
    {
        public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.String:
                    return reader.GetString();
                case JsonTokenType.Number:
                    using (var doc = JsonDocument.ParseValue(ref reader))
                    {
                        return doc.RootElement.GetRawText();
                    }
                case JsonTokenType.True:
                    return "true";
                case JsonTokenType.False:
                    return "false";
                case JsonTokenType.Null:
                    return null;
                default:
                    using (var doc = JsonDocument.ParseValue(ref reader))
                    {
                        return doc.RootElement.GetRawText();
                    }
            }
        }

        public override void Write(Utf8JsonWriter writer, string? value, JsonSerializerOptions options)
        {
            if (value == null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStringValue(value);
            }
        }
    }

    /// <summary>
    /// Dates arrive as ISO 8601 strings or as epoch milliseconds (<c>purgeAt</c> in a real error record).
    /// They are handed to PowerShell as local times, so comparing them with Get-Date is right on any machine.
    /// </summary>
    public sealed class FlexibleDateConverter : JsonConverter<DateTime?>
    {
        public override DateTime? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.Null:
                    return null;
                case JsonTokenType.Number:
                    return DateTimeOffset.FromUnixTimeMilliseconds(reader.GetInt64()).LocalDateTime;
                case JsonTokenType.String:
                    var text = reader.GetString();
                    if (string.IsNullOrEmpty(text))
                    {
                        return null;
                    }
                    if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ms))
                    {
                        return DateTimeOffset.FromUnixTimeMilliseconds(ms).LocalDateTime;
                    }
                    if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
                    {
                        return parsed.LocalDateTime;
                    }
                    throw new JsonException($"'{text}' is not a date.");
                default:
                    throw new JsonException($"Expected a date, found {reader.TokenType}.");
            }
        }

        public override void Write(Utf8JsonWriter writer, DateTime? value, JsonSerializerOptions options)
        {
            if (value.HasValue)
            {
                writer.WriteStringValue(Http.IsoDate.Format(value.Value));
            }
            else
            {
                writer.WriteNullValue();
            }
        }
    }
}
