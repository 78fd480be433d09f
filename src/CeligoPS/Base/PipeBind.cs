using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace CeligoPS.Base
{
    /// <summary>
    /// Reads what came down the pipeline. Commands that accept several kinds of object (a flow, a job,
    /// an integration, or any object with FlowId/StepId properties, such as a CSV row) take one
    /// -InputObject and decide here, instead of leaving PowerShell's binder to guess between parameter
    /// sets; that also lets a wrong object get an error that says what the command takes.
    /// </summary>
    internal static class PipeBind
    {
        public static object Unwrap(object? value) => value is PSObject ps ? ps.BaseObject : value!;

        /// <summary>The first of the named properties (PowerShell or API names) that holds a non-empty value.</summary>
        public static string? Property(object? value, params string[] names)
        {
            if (value == null)
            {
                return null;
            }
            var ps = PSObject.AsPSObject(value);
            foreach (var name in names)
            {
                var text = ps.Properties[name]?.Value?.ToString();
                if (!string.IsNullOrEmpty(text))
                {
                    return text;
                }
            }
            return null;
        }

        /// <summary>The integration a piped object stands for: an Integration, or anything with an IntegrationId.</summary>
        public static string IntegrationId(object? input) => Unwrap(input) is CeligoPS.Client.Models.Integration integration
            ? integration.Id
            : Property(input, "IntegrationId", "_integrationId")
              ?? throw WrongKind(input, "integrations (from Get-CeligoIntegration) or objects with an IntegrationId property");

        /// <summary>The flow id a piped object stands for: a Flow, or anything with a FlowId (jobs, steps, errors, CSV rows).</summary>
        public static string FlowId(object? input) => Unwrap(input) is CeligoPS.Client.Models.Flow flow
            ? flow.Id
            : Property(input, "FlowId", "_flowId")
              ?? throw WrongKind(input, "flows (from Get-CeligoFlow) or objects with a FlowId property");

        /// <summary>A piped integration, flow, connection, export, import, script or lookup cache, as a reference.</summary>
        public static CeligoPS.Client.Api.ResourceRef Resource(object? input) =>
            CeligoPS.Client.Api.ResourceRef.Of(Unwrap(input))
            ?? (Property(input, "ResourceType") is { } type && Property(input, "Id", "_id") is { } id
                ? new CeligoPS.Client.Api.ResourceRef(type, id)
                : throw WrongKind(input, "integrations, flows, connections, exports, imports, scripts or lookup caches (from their Get-Celigo* commands), or objects with ResourceType and Id properties"));

        /// <summary>
        /// True for one of the module's own objects of another kind: its Id is not the id asked for (an
        /// integration's Id is no job id), even where a CSV row's plain Id column would be.
        /// </summary>
        public static bool IsOtherModel<T>(object? input)
        {
            var value = input == null ? null : Unwrap(input);
            return value is CeligoPS.Client.Models.CeligoObject && !(value is T);
        }

        /// <summary>
        /// The id of a kind of resource a piped object stands for: the object itself if it is of that kind,
        /// else its <paramref name="idProperty"/> (FlowId, ConnectionId...), or, where rows may name it so,
        /// a plain Id. A plain Id is never taken from another kind of the module's objects: an
        /// integration's Id is no job or tag id.
        /// </summary>
        public static string IdOf<T>(object? input, string idProperty, string accepted, bool rowsMayUsePlainId = false)
            where T : CeligoPS.Client.Models.CeligoResource
        {
            if (Unwrap(input) is T item)
            {
                return item.Id;
            }
            var names = new List<string> { idProperty, "_" + char.ToLowerInvariant(idProperty[0]) + idProperty.Substring(1) };
            if (rowsMayUsePlainId)
            {
                names.Add("Id");
                names.Add("_id");
            }
            if (IsOtherModel<T>(input))
            {
                names.RemoveAll(n => n == "Id" || n == "_id");
            }
            return Property(input, names.Distinct().ToArray()) ?? throw WrongKind(input, accepted);
        }

        public static ArgumentException WrongKind(object? value, string accepted)
        {
            var kind = value == null ? "null" : Unwrap(value).GetType().Name;
            return new ArgumentException($"An object of type {kind} cannot be used here from the pipeline. This command takes {accepted}.");
        }
    }
}
