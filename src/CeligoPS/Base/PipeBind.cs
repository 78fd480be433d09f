using System;
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

        public static ArgumentException WrongKind(object? value, string accepted)
        {
            var kind = value == null ? "null" : Unwrap(value).GetType().Name;
            return new ArgumentException($"An object of type {kind} cannot be used here from the pipeline. This command takes {accepted}.");
        }
    }
}
