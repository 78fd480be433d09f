using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using CeligoPS.Client.Http;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Objects the client composed (not API documents, which ModelAdapter presents) marked with the
    /// PowerShell type name the format views key on, and JSON values turned into PowerShell values.
    /// </summary>
    internal static class PSObjectFactory
    {
        /// <summary>Marks an object the client composed (not an API document) with its PowerShell type name.</summary>
        public static PSObject Tag(object value, string typeName)
        {
            var ps = PSObject.AsPSObject(value);
            ps.TypeNames.Insert(0, typeName);
            // JsonElement properties (a record, a cache or state value) become PowerShell values under the
            // same name; the note property shadows the raw one.
            foreach (var property in JsonProperties.GetOrAdd(value.GetType(), FindJsonProperties))
            {
                ps.Properties.Add(new PSNoteProperty(property.Name, ToPowerShell((JsonElement)property.GetValue(value)!)));
            }
            return ps;
        }

        // Every object of a listing passes through Tag; reflecting over its type once per type, not once
        // per object, keeps that off the hot path.
        private static readonly ConcurrentDictionary<Type, PropertyInfo[]> JsonProperties = new ConcurrentDictionary<Type, PropertyInfo[]>();

        private static PropertyInfo[] FindJsonProperties(Type type) =>
            type.GetProperties().Where(p => p.PropertyType == typeof(JsonElement)).ToArray();

        /// <summary>
        /// JSON into the values ConvertFrom-Json would give: PSCustomObject, a list, long, double, string,
        /// DateTime (a string that is an ISO 8601 time with its zone, as the typed dates are: local), bool, null;
        /// a whole number too big for long is a BigInteger.
        /// The list writes as its items in Export-Csv, not as a type name.
        /// </summary>
        public static object? ToPowerShell(JsonElement value)
        {
            switch (value.ValueKind)
            {
                case JsonValueKind.Object:
                    var obj = new PSObject();
                    foreach (var p in value.EnumerateObject())
                    {
                        obj.Properties.Add(new PSNoteProperty(p.Name, ToPowerShell(p.Value)));
                    }
                    return obj;
                case JsonValueKind.Array:
                    return new ItemList<object?>(value.EnumerateArray().Select(ToPowerShell));
                case JsonValueKind.String:
                    var text = value.GetString();
                    return IsoDate.TryParseStamp(text, out var date) ? date : (object?)text;
                case JsonValueKind.Number:
                    if (value.TryGetInt64(out var l))
                    {
                        return l;
                    }
                    // A whole number past long keeps every digit, as ConvertFrom-Json keeps it.
                    var digits = value.GetRawText();
                    return digits.IndexOfAny(new[] { '.', 'e', 'E' }) < 0
                        ? System.Numerics.BigInteger.Parse(digits, System.Globalization.CultureInfo.InvariantCulture)
                        : (object)value.GetDouble();
                case JsonValueKind.True:
                    return true;
                case JsonValueKind.False:
                    return false;
                default:
                    return null;
            }
        }
    }

    /// <summary>The PowerShell type names of the module's objects (CeligoPS.Format.ps1xml keys on them).</summary>
    internal static class TypeNames
    {
        /// <summary>
        /// The type name of an API object (ModelAdapter gives it), by its model type: CeligoPS and the
        /// model's name without "Celigo" (CeligoPS.Job, CeligoPS.Flow), errors being CeligoPS.Error.
        /// </summary>
        public static string Of(Type model) =>
            model == typeof(StepError) ? "CeligoPS.Error" : "CeligoPS." + (model.Name.StartsWith("Celigo", StringComparison.Ordinal) ? model.Name.Substring(6) : model.Name);

        // Objects the module composes (not API documents), marked with PSObjectFactory.Tag.
        public const string FlowStep = "CeligoPS.FlowStep";
        public const string ErrorSummary = "CeligoPS.ErrorSummary";
        public const string ErrorPattern = "CeligoPS.ErrorPattern";
        public const string RevisionDifference = "CeligoPS.RevisionDifference";
        public const string IntegrationDifference = "CeligoPS.IntegrationDifference";
        public const string PublishStep = "CeligoPS.PublishStep";
        public const string StateEntry = "CeligoPS.StateEntry";
        public const string HealthReport = "CeligoPS.HealthReport";
        public const string CloneItem = "CeligoPS.CloneItem";
    }
}
