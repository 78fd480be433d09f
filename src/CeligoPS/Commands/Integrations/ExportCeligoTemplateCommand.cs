using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>
    /// Downloads the template (a zip) of integrations or flows: a backup before a change, or something to
    /// install elsewhere. The file is written only once the download is complete.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CeligoTemplate", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCeligoTemplateCommand : IntegrationOrFlowCommand
    {
        /// <summary>A folder (the file is named after the integration or flow) or a file path.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Path { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        private DownloadTarget? _target;

        protected override void ProcessRecord()
        {
            ResourceRef resource;
            string file;
            string described;
            try
            {
                _target ??= new DownloadTarget(this, Path!, Force, fileAllowed: true, "template");
                var (target, piped) = Target();
                resource = target;
                described = $"the template of {(piped?.Name == null ? resource.ToString() : NameBook.Describe(piped.Name, resource.Id))}";
                file = _target.FileFor(piped?.Name == null ? resource.Id + ".zip" : $"{piped.Name} ({resource.Id}).zip", described);
            }
            catch (Exception e) when (e is ArgumentException || e is IOException)
            {
                ReportFailure(e, InputObject ?? (object?)IntegrationId ?? FlowId);
                return;
            }
            if (!ShouldProcess(file, $"Download the template of {resource}"))
            {
                return;
            }
            _target.Claim(file, described);
            Run(async (output, ct) =>
            {
                await WholeFile.WriteAsync(file, stream => Client.DownloadTemplateAsync(resource, stream, ct));
                // As Get-Item gives it (with PSPath and the provider's members), so its view fills in.
                output.Item(file);
            }, resource.Id);
        }
    }
}
