using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Reflection;
using System.Linq;
using System.Management.Automation;
using System.Text.Json;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Wraps a model for the pipeline: adds the PowerShell type name the format views key on, and the
    /// fields the model has no property for as note properties under their API names, so nothing the API
    /// sent is lost in Format-List or ConvertTo-Json.
    /// </summary>
    internal static class PSObjectFactory
    {
        public static PSObject Wrap(CeligoObject model, string typeName)
        {
            var ps = Tag(model, typeName);
            var typed = PropertyNames.GetOrAdd(model.GetType(), FindPropertyNames);
            foreach (var field in model.GetAdditionalFields())
            {
                // A field a typed property already shows (PowerShell names ignore case) is not added
                // twice. Asking the type, not ps.Properties, keeps the adapter off the per-object path.
                if (!typed.Contains(field.Key))
                {
                    ps.Properties.Add(new PSNoteProperty(field.Key, ToPowerShell(field.Value)));
                }
            }
            return ps;
        }

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

        private static readonly ConcurrentDictionary<Type, HashSet<string>> PropertyNames = new ConcurrentDictionary<Type, HashSet<string>>();

        private static HashSet<string> FindPropertyNames(Type type) =>
            new HashSet<string>(type.GetProperties().Select(p => p.Name), StringComparer.OrdinalIgnoreCase);

        private static PropertyInfo[] FindJsonProperties(Type type) =>
            type.GetProperties().Where(p => p.PropertyType == typeof(JsonElement)).ToArray();

        /// <summary>JSON into the values ConvertFrom-Json would give: PSCustomObject, object[], long, double, string, bool, null.</summary>
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
                    return value.EnumerateArray().Select(ToPowerShell).ToArray();
                case JsonValueKind.String:
                    return value.GetString();
                case JsonValueKind.Number:
                    return value.TryGetInt64(out var l) ? l : (object)value.GetDouble();
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
        public const string Integration = "CeligoPS.Integration";
        public const string Flow = "CeligoPS.Flow";
        public const string Job = "CeligoPS.Job";
        public const string Error = "CeligoPS.Error";
        public const string RetryResult = "CeligoPS.RetryResult";
        public const string Connection = "CeligoPS.Connection";
        public const string Export = "CeligoPS.Export";
        public const string Import = "CeligoPS.Import";
        public const string User = "CeligoPS.User";
        public const string Script = "CeligoPS.Script";
        public const string Tag = "CeligoPS.Tag";
        public const string LookupCache = "CeligoPS.LookupCache";
        public const string FlowStep = "CeligoPS.FlowStep";
        public const string FlowCheckpoint = "CeligoPS.FlowCheckpoint";
        public const string ErrorSummary = "CeligoPS.ErrorSummary";
        public const string RetryData = "CeligoPS.RetryData";
        public const string Dependency = "CeligoPS.Dependency";
        public const string AuditEntry = "CeligoPS.AuditEntry";
        public const string StateEntry = "CeligoPS.StateEntry";
        public const string LookupCacheEntry = "CeligoPS.LookupCacheEntry";
        public const string HealthReport = "CeligoPS.HealthReport";
        public const string CloneItem = "CeligoPS.CloneItem";
    }
}
