using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>
    /// Makes an account's integration match a folder from Export-CeligoIntegration: a plan of what to
    /// create, change or delete, worked out from reads, then carried out step by step (see PublishPlan and
    /// PublishRun). Writes one PublishStep per resource: under -WhatIf the plan, otherwise what happened.
    /// </summary>
    [Cmdlet(VerbsData.Publish, "CeligoIntegration", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(PublishStep))]
    public sealed class PublishCeligoIntegrationCommand : CeligoCmdlet
    {
        /// <summary>An integration's folder, as Export-CeligoIntegration wrote it (and maybe edited since).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Alias("FullName")]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Path { get; set; }

        /// <summary>The folder's connection names (keys) and the target account's connections to use for them (values), by name.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? ConnectionMap { get; set; }

        /// <summary>Deletes the integration's flows, exports and imports that the folder does not have.</summary>
        [Parameter]
        public SwitchParameter Prune { get; set; }

        /// <summary>Creates and leaves flows enabled as the folder says; without it new flows arrive disabled and disabled ones stay so.</summary>
        [Parameter]
        public SwitchParameter Enable { get; set; }

        protected override void ProcessRecord()
        {
            FolderContent source;
            IReadOnlyDictionary<string, string> map;
            try
            {
                var path = SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path, out var provider, out _);
                if (provider.Name != "FileSystem")
                {
                    throw new ArgumentException($"-Path '{Path}' is not on the file system: give the folder Export-CeligoIntegration wrote for one integration.");
                }
                map = ConnectionNameMap.From(ConnectionMap);
                // The folder and the map are read and checked here, before any request.
                source = PublishPlan.Read(IntegrationFolder.FromDisk(path), map);
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, Path);
                return;
            }
            Run(async (output, ct) =>
            {
                var plan = await PublishPlan.BuildAsync(Client, source, map, Prune, Enable, ct);
                // Written kind by kind (the order they are made in), so a table grouped by kind shows each kind once;
                // after a failure too, since the steps say what was and was not applied.
                void WriteSteps()
                {
                    var order = new[] { "connection", "integration", "script", "lookupcache", "export", "import", "flow" };
                    output.Objects(plan.Steps.OrderBy(s => Array.IndexOf(order, s.Kind)).Select(s => (object)PSObjectFactory.Tag(s, TypeNames.PublishStep)).ToList());
                }
                try
                {
                    await PublishRun.ApplyAsync(Client, plan,
                        step => output.Ask(() => ShouldProcess($"{step.Kind} '{step.Name}'", step.Fields.Count > 0 ? $"{step.Action} ({string.Join(", ", step.Fields)})" : step.Action)),
                        WhatIf,
                        (step, percent) => output.Progress(new ProgressRecord(1, $"Publishing {plan.IntegrationName}", $"{step.Action} {step.Kind} {step.Name}") { PercentComplete = percent }),
                        ct);
                }
                catch (CeligoPartialFailureException)
                {
                    WriteSteps();
                    throw;
                }
                WriteSteps();
            }, Path);
        }

        private bool WhatIf =>
            MyInvocation.BoundParameters.TryGetValue("WhatIf", out var value) ? LanguagePrimitives.IsTrue(value) : LanguagePrimitives.IsTrue(GetVariableValue("WhatIfPreference"));
    }
}
