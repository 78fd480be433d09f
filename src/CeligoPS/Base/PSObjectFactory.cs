using System.Collections.Generic;
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
            var ps = PSObject.AsPSObject(model);
            ps.TypeNames.Insert(0, typeName);
            foreach (var field in model.GetAdditionalFields())
            {
                if (ps.Properties[field.Key] == null)
                {
                    ps.Properties.Add(new PSNoteProperty(field.Key, ToPowerShell(field.Value)));
                }
            }
            return ps;
        }

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
    }
}
