using System;
using System.IO;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>
    /// Downloads the template (a zip) of integrations or flows: a backup before a change, or something to
    /// install elsewhere. The file is written only once the download is complete.
    /// </summary>
    [Cmdlet(VerbsData.Export, "CeligoTemplate", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true)]
    [OutputType(typeof(FileInfo))]
    public sealed class ExportCeligoTemplateCommand : CeligoCmdlet
    {
        private const string IntegrationSet = "Integration";
        private const string FlowSet = "Flow";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = IntegrationSet, Mandatory = true)]
        [Alias("_integrationId")]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? IntegrationId { get; set; }

        [Parameter(ParameterSetName = FlowSet, Mandatory = true)]
        [Alias("_flowId")]
        [ArgumentCompleter(typeof(FlowIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? FlowId { get; set; }

        /// <summary>Integrations or flows (from Get-CeligoIntegration, Get-CeligoFlow).</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

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
                (resource, name) = Target();
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
                    output.Object(new FileInfo(file));
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

        private (ResourceRef Resource, string? Name) Target()
        {
            switch (ParameterSetName)
            {
                case IntegrationSet:
                    return (new ResourceRef("integrations", RequireId(IntegrationId, "integration id")), null);
                case FlowSet:
                    return (new ResourceRef("flows", RequireId(FlowId, "flow id")), null);
                default:
                    var input = PipeBind.Unwrap(InputObject);
                    if (input is Integration || input is Flow)
                    {
                        return (ResourceRef.Of(input)!, ((NamedResource)input).Name);
                    }
                    throw PipeBind.WrongKind(InputObject, "integrations or flows (from Get-CeligoIntegration, Get-CeligoFlow)");
            }
        }

        private string FileFor(ResourceRef resource, string? name)
        {
            var path = GetUnresolvedProviderPathFromPSPath(Path);
            if (!Directory.Exists(path))
            {
                return path;
            }
            var safe = new string((name ?? resource.Id).Select(c => System.IO.Path.GetInvalidFileNameChars().Contains(c) ? '_' : c).ToArray());
            return System.IO.Path.Combine(path, $"{safe} ({resource.Id}).zip");
        }
    }
}
