using System;
using System.Collections.Generic;
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
    /// Writes integrations to folders git can diff: one folder per integration, one deterministic file per
    /// resource, references by name, no credentials (see IntegrationFolder).
    /// </summary>
    [Cmdlet(VerbsData.Export, "CeligoIntegration", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(DirectoryInfo))]
    public sealed class ExportCeligoIntegrationCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string ByNameSet = "ByName";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [Alias("IntegrationId", "_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string[]? Id { get; set; }

        /// <summary>Integrations by name (wildcards allowed).</summary>
        [Parameter(ParameterSetName = ByNameSet, Mandatory = true)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>The folder to write into: each integration gets a folder of its name in it.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Path { get; set; }

        /// <summary>Also writes the lookup caches' entries.</summary>
        [Parameter]
        public SwitchParameter IncludeData { get; set; }

        /// <summary>Replaces an integration's folder that exists already (files it no longer has are removed).</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            string root;
            try
            {
                root = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
                if (provider.Name != "FileSystem" || !Directory.Exists(root))
                {
                    throw new ArgumentException($"-Path '{Path}' is not an existing folder on the file system. Create it first: each integration gets a folder of its name in it.");
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, Path);
                return;
            }
            Run(async (output, ct) =>
            {
                var ids = new List<string>();
                if (ParameterSetName == ByIdSet)
                {
                    ids.AddRange(Id!.Select(id => RequireId(id, "integration id")));
                }
                else if (ParameterSetName == PipelineSet)
                {
                    ids.Add(RequireId(PipeBind.IntegrationId(InputObject), "integration id"));
                }
                else
                {
                    var pattern = new WildcardPattern(Name!, WildcardOptions.IgnoreCase);
                    await foreach (var page in Client.ListIntegrationsAsync(ct))
                    {
                        ids.AddRange(page.Where(i => pattern.IsMatch(i.Name ?? "")).Select(i => i.Id));
                    }
                    if (ids.Count == 0)
                    {
                        throw new ItemNotFoundException($"No integration is named '{Name}'. Get-CeligoIntegration lists them all.");
                    }
                }
                foreach (var id in ids)
                {
                    output.Progress(new ProgressRecord(1, "Exporting integrations", $"integration {id}"));
                    var folder = await IntegrationFolder.ReadAsync(Client, id, IncludeData, ct);
                    var target = System.IO.Path.Combine(root, folder.FolderName);
                    if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any() && !Force)
                    {
                        output.Error(new IOException($"'{target}' exists already. Pass -Force to replace its files with this export (files the integration no longer has are removed), or choose another -Path."), id);
                        continue;
                    }
                    if (!output.Ask(() => ShouldProcess(target, $"Write integration {id} ({folder.Files.Count} files)")))
                    {
                        continue;
                    }
                    Write(target, folder);
                    output.Item(target);
                }
            }, (object?)InputObject ?? (object?)Id ?? Name);
        }

        /// <summary>Writes each file whole, then removes the files of an earlier export this one no longer has.</summary>
        private static void Write(string target, IntegrationFolder folder)
        {
            var written = new HashSet<string>(StringComparer.Ordinal);
            foreach (var file in folder.Files)
            {
                var path = System.IO.Path.Combine(target, file.Key.Replace('/', System.IO.Path.DirectorySeparatorChar));
                Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
                WholeFile.Write(path, file.Value);
                written.Add(System.IO.Path.GetFullPath(path));
            }
            foreach (var stale in Directory.EnumerateFiles(target, "*", SearchOption.AllDirectories)
                         .Where(f => (f.EndsWith(".json", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal)) && !written.Contains(System.IO.Path.GetFullPath(f))))
            {
                File.Delete(stale);
            }
        }
    }
}
