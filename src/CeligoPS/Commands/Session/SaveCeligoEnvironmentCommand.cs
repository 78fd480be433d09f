using System;
using System.Management.Automation;
using System.Net;
using System.Security;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Completion;
using CeligoPS.Session;

namespace CeligoPS.Commands.Session
{
    /// <summary>
    /// Adds a named environment (token and API URL) to the config file that Connect-Celigo -Environment
    /// reads, in the Celigo CLI's shape, written readable by its owner only on Linux and macOS.
    /// </summary>
    [Cmdlet(VerbsData.Save, "CeligoEnvironment", SupportsShouldProcess = true, DefaultParameterSetName = RegionSet)]
    [OutputType(typeof(CeligoEnvironmentEntry))]
    public sealed class SaveCeligoEnvironmentCommand : AccountAddressCommand
    {

        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(EnvironmentCompleter))]
        public string? Name { get; set; }

        [Parameter(Mandatory = true, Position = 1)]
        [TokenTransformation]
        [ValidateNotNull]
        public SecureString? Token { get; set; }

        /// <summary>Also make it the environment Connect-Celigo uses when given none.</summary>
        [Parameter]
        public SwitchParameter Default { get; set; }

        /// <summary>Replace an environment of the same name.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var token = new NetworkCredential(string.Empty, Token).Password.Trim();
            var path = ConfigFilePath ?? CeligoConfigFile.DefaultPath(System.Environment.GetEnvironmentVariable);
            try
            {
                // The same checks as connecting: no placeholder token, no token over plain http.
                var settings = ConnectionSettings.Resolve(new ConnectionSettings.Request { Token = token, Region = Region ?? "US", BaseUri = BaseUri }, _ => null);
                if (!ShouldProcess($"environment '{Name}' ({settings.BaseUri}) in {path}", "Save the API token"))
                {
                    return;
                }
                CeligoConfigFile.SaveEnvironment(path, Name!, token, settings.BaseUri, Default, Force);
                WriteVerbose($"Saved environment '{Name}' ({settings.BaseUri}, token {settings.Token.Masked}) in {path}.");
                if (PassThru)
                {
                    WriteObject(new CeligoEnvironmentEntry(Name!, settings.BaseUri, path, Default, settings.Token.Masked));
                }
            }
            catch (Exception e) when (!(e is PipelineStoppedException))
            {
                ThrowTerminatingError(ErrorRecordFactory.From(e, path, SecretToken.TryCreate(token)));
            }
        }
    }
}
