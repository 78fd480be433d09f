using System;
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
        public string? Path { get; set; }

        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            ResourceRef resource;
            string? name;
            try
            {
                NamedResource? piped;
                (resource, piped) = Target();
                name = piped?.Name;
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
                return;
            }
            var file = FileFor(resource, name);
            if (File.Exists(file) && !Force)
            {
                ReportFailure(new IOException($"'{file}' already exists. Pass -Force to overwrite it, or choose another -Path."), file);
                return;
            }
            if (!ShouldProcess(file, $"Download the template of {resource}"))
            {
                return;
            }
            var partial = file + ".partial";
            Run(async (output, ct) =>
            {
                try
                {
                    using (var stream = new FileStream(partial, FileMode.Create, FileAccess.Write))
                    {
                        await Client.DownloadTemplateAsync(resource, stream, ct);
                    }
                    if (File.Exists(file))
                    {
                        File.Delete(file);
                    }
                    File.Move(partial, file);
                    // As Get-Item gives it (with PSPath and the provider's members), so its view fills in.
                    output.OnPipelineThread(() => WriteObject(InvokeProvider.Item.Get(new[] { file }, true, true), true));
                }
                finally
                {
                    if (File.Exists(partial))
                    {
                        File.Delete(partial);
                    }
                }
            }, resource.Id);
        }

        private string FileFor(ResourceRef resource, string? name)
        {
            var path = GetUnresolvedProviderPathFromPSPath(Path);
            if (!Directory.Exists(path))
            {
                return path;
            }
            if (name == null)
            {
                return System.IO.Path.Combine(path, resource.Id + ".zip");
            }
            var safe = new string(name.Select(c => System.IO.Path.GetInvalidFileNameChars().Contains(c) ? '_' : c).ToArray());
            return System.IO.Path.Combine(path, $"{safe} ({resource.Id}).zip");
        }
    }
}
