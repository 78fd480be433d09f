using System.Management.Automation;

namespace TrivialModule
{
    /// <summary>The module's only command; it exists so the module has something to export.</summary>
    [Cmdlet(VerbsCommon.Get, "Trivial")]
    [OutputType(typeof(string))]
    public sealed class GetTrivialCommand : PSCmdlet
    {
        protected override void ProcessRecord() => WriteObject("trivial");
    }
}
