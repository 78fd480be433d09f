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

        // The files this command has written or is writing: -Path naming one file takes one template.
        private readonly Dictionary<string, string> _claimed = new Dictionary<string, string>(
            Environment.OSVersion.Platform == PlatformID.Win32NT ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

        protected override void ProcessRecord()
        {
            ResourceRef resource;
            string file;
            string described;
            try
            {
                var (target, piped) = Target();
                resource = target;
                described = piped?.Name == null ? resource.ToString() : NameBook.Describe(piped.Name, resource.Id);
                file = FileFor(resource, piped?.Name);
                if (_claimed.TryGetValue(file, out var earlier))
                {
                    throw new ArgumentException($"'{file}' already takes the template of {earlier} from this command, and one file holds one template. " +
                        "To export several, give -Path a folder: each template gets a file named after its integration or flow.");
                }
                if (File.Exists(file) && !Force)
                {
                    throw new IOException($"'{file}' already exists. Pass -Force to replace it (it is replaced only once the new template is complete), or choose another -Path.");
                }
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
            _claimed[file] = described;
            Run(async (output, ct) =>
            {
                await WholeFile.WriteAsync(file, stream => Client.DownloadTemplateAsync(resource, stream, ct));
                // As Get-Item gives it (with PSPath and the provider's members), so its view fills in.
                output.OnPipelineThread(() => WriteObject(InvokeProvider.Item.Get(new[] { file }, true, true), true));
            }, resource.Id);
        }

        /// <summary>
        /// The file for this template: in the folder -Path names, after the integration or flow; or
        /// -Path itself. Refuses, before any request, a path outside the file system or in a folder that
        /// does not exist.
        /// </summary>
        private string FileFor(ResourceRef resource, string? name)
        {
            var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
            if (provider.Name != "FileSystem")
            {
                throw new ArgumentException($"-Path '{Path}' is in the {provider.Name} provider; give a folder or file path on the file system.");
            }
            if (Directory.Exists(path))
            {
                if (name == null)
                {
                    return System.IO.Path.Combine(path, resource.Id + ".zip");
                }
                var safe = new string(name.Select(c => System.IO.Path.GetInvalidFileNameChars().Contains(c) ? '_' : c).ToArray());
                return System.IO.Path.Combine(path, $"{safe} ({resource.Id}).zip");
            }
            var folder = WholeFile.FolderOf(path, "Give -Path an existing folder or a file in one.");
            if (!Directory.Exists(folder))
            {
                throw new ArgumentException($"The folder '{folder}' does not exist. Create it first, or give -Path an existing folder or a file in one.");
            }
            return System.IO.Path.GetFullPath(path);
        }
    }
}
