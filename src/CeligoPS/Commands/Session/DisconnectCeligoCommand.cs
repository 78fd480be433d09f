using System.Management.Automation;
using CeligoPS.Session;

namespace CeligoPS.Commands.Session
{
    /// <summary>Forgets the default session (or the given one) and releases its connections.</summary>
    [Cmdlet(VerbsCommunications.Disconnect, "Celigo")]
    [OutputType(typeof(void))]
    public sealed class DisconnectCeligoCommand : PSCmdlet
    {
        [Parameter(ValueFromPipeline = true)]
        [ValidateNotNull]
        public CeligoSession? Session { get; set; }

        protected override void ProcessRecord()
        {
            var current = SessionStore.Current;
            var target = Session ?? current;
            if (target == null)
            {
                WriteVerbose("No session to disconnect.");
                return;
            }
            if (ReferenceEquals(target, current))
            {
                SessionStore.Current = null;
            }
            target.Dispose();
            WriteVerbose($"Disconnected from {target.BaseUri}.");
        }
    }
}
