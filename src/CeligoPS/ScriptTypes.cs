using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Client;

namespace CeligoPS
{
    /// <summary>
    /// The module's types that scripts may name in type literals: the errors it throws
    /// (<c>catch [CeligoPS.Client.CeligoApiException]</c>), the objects it returns
    /// (<c>[CeligoPS.Client.Models.Flow]</c>) and the session. On PowerShell 7 they live in the module's
    /// own load context, where PowerShell does not look for type names, so CeligoPS.psm1 makes each a
    /// type accelerator under its full name while the module is loaded.
    /// </summary>
    public static class ScriptTypes
    {
        public static IReadOnlyList<Type> All { get; } = Find();

        private static IReadOnlyList<Type> Find()
        {
            var client = typeof(CeligoApiException).Assembly.GetExportedTypes()
                .Where(t => t.Namespace == "CeligoPS.Client.Models" || (t.Namespace == "CeligoPS.Client" && typeof(Exception).IsAssignableFrom(t)));
            var module = typeof(ScriptTypes).Assembly.GetExportedTypes()
                .Where(t => (t.Namespace ?? "").StartsWith("CeligoPS.Commands", StringComparison.Ordinal) && !typeof(Cmdlet).IsAssignableFrom(t) && !t.IsAbstract)
                .Append(typeof(Session.CeligoSession))
                .Append(typeof(Base.ModelAdapter)); // named by CeligoPS.Types.ps1xml
            return client.Concat(module).Where(t => !t.IsGenericTypeDefinition && !t.IsNested).ToList();
        }
    }
}
