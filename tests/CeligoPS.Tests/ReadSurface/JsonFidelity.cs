using System.Management.Automation;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Xunit;

namespace CeligoPS.Tests.ReadSurface;

/// <summary>
/// Checks that an object a command returned carries every field the API sent: the model writes back
/// to the same JSON (unknown fields included), and each field is a property of the pipeline object,
/// under its API name or under the typed property that reads it, which is what ConvertTo-Json emits.
/// </summary>
public static class JsonFidelity
{
    public static void AssertKeepsEveryField(PSObject output, JsonObject sent)
    {
        var model = output.BaseObject;
        Assert.True(IsCeligoObject(model.GetType()), $"{model.GetType().Name} is not one of the client's models");
        var written = JsonNode.Parse(JsonSerializer.Serialize(model, model.GetType(), OptionsOf(model)))!.AsObject();
        foreach (var (field, value) in sent)
        {
            if (value is null)
            {
                continue; // null and absent say the same thing
            }
            Assert.True(written.ContainsKey(field), $"{model.GetType().Name}: the field '{field}' was lost");
            var isDate = Nullable.GetUnderlyingType(TypedPropertyOf(model.GetType(), field)?.PropertyType ?? typeof(object)) == typeof(DateTime);
            Assert.True(isDate ? SameInstant(value, written[field]) : JsonNode.DeepEquals(Normalize(value), Normalize(written[field])),
                $"{model.GetType().Name}: '{field}' was {value.ToJsonString()} and came back as {written[field]?.ToJsonString()}");
            Assert.True(output.Properties[field] != null || output.Properties[TypedNameOf(model.GetType(), field) ?? field] != null,
                $"{model.GetType().Name}: '{field}' is not a property of the pipeline object");
        }
    }

    // The module loads its client in a load context of its own, so its models are not this test's
    // CeligoPS.Client types: they are recognised by name and written with the module's own options
    // (System.Text.Json itself is the framework's, shared by both).
    private static bool IsCeligoObject(Type? type) =>
        type != null && (type.FullName == "CeligoPS.Client.Models.CeligoObject" || IsCeligoObject(type.BaseType));

    private static JsonSerializerOptions OptionsOf(object model) =>
        (JsonSerializerOptions)model.GetType().Assembly.GetType("CeligoPS.Client.Json.CeligoJson", throwOnError: true)!
            .GetField("Options")!.GetValue(null)!;

    /// <summary>The C# property that reads an API field, if the model names it.</summary>
    private static PropertyInfo? TypedPropertyOf(Type type, string field) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .FirstOrDefault(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name == field);

    private static string? TypedNameOf(Type type, string field) => TypedPropertyOf(type, field)?.Name;

    /// <summary>
    /// Date fields become DateTime, so they are written back as ISO 8601 even when the API sent epoch
    /// milliseconds (purgeAt in a real error record): the instant is what must survive.
    /// </summary>
    private static bool SameInstant(JsonNode sent, JsonNode? written)
    {
        static DateTimeOffset? Instant(JsonNode? n) => n is JsonValue v
            ? v.TryGetValue<long>(out var ms) ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : v.TryGetValue<string>(out var s) && DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) ? d
            : null
            : null;
        return Instant(sent) is { } a && Instant(written) is { } b && a == b;
    }

    /// <summary>Dates may come with or without milliseconds; the instant is what must survive.</summary>
    private static JsonNode? Normalize(JsonNode? node)
    {
        if (node is JsonValue v && v.TryGetValue<string>(out var s) &&
            DateTimeOffset.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var d) &&
            s.Length >= 10 && s[4] == '-' && s.Contains('T'))
        {
            return JsonValue.Create(d.UtcDateTime.ToString("O"));
        }
        if (node is JsonObject o)
        {
            var copy = new JsonObject();
            foreach (var (k, val) in o)
            {
                if (val is not null)
                {
                    copy[k] = Normalize(val);
                }
            }
            return copy;
        }
        if (node is JsonArray a)
        {
            return new JsonArray(a.Select(Normalize).ToArray());
        }
        return node?.DeepClone();
    }
}
