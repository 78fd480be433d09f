using System.Management.Automation;
using CeligoPS.Session;

namespace CeligoPS.Commands.Session
{
    /// <summary>Shows the default session: region, base URI, environment, user and the masked token.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoContext")]
    [OutputType(typeof(CeligoSession))]
    public sealed class GetCeligoContextCommand : PSCmdlet
    {
        protected override void EndProcessing()
        {
            var session = SessionStore.Current;
            if (session == null || session.IsDisposed)
            {
                WriteVerbose("Not connected. Run Connect-Celigo.");
                return;
            }
            WriteObject(session);
        }
    }
}
