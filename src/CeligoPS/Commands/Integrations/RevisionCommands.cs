using System;
using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>Lists an integration's revisions, newest first, or gets revisions by id.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoRevision", DefaultParameterSetName = ByIntegrationSet)]
    [OutputType(typeof(Revision))]
    public sealed class GetCeligoRevisionCommand : CeligoCmdlet
    {
        private const string ByIntegrationSet = "Integration";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIntegrationSet, Mandatory = true, Position = 0)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        /// <summary>Integrations (or objects with an IntegrationId) whose revisions to list.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>Only these revisions.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        protected override void ProcessRecord()
        {
            string integrationId;
            try
            {
                integrationId = RequireId(ParameterSetName == PipelineSet ? PipeBind.IntegrationId(InputObject) : IntegrationId, "integration id");
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? IntegrationId);
                return;
            }
            Run(async (output, ct) =>
            {
                if (Id != null)
                {
                    foreach (var id in Id)
                    {
                        output.Object(await Client.GetRevisionAsync(integrationId, RequireId(id, "revision id"), ct));
                    }
                    return;
                }
                foreach (var revision in await Client.ListRevisionsAsync(integrationId, ct))
                {
                    output.Object(revision);
                }
            }, integrationId);
        }
    }

    /// <summary>Makes a snapshot revision of integrations, with a description: a restore point before a change.</summary>
    [Cmdlet(VerbsCommon.New, "CeligoRevision", DefaultParameterSetName = ByIntegrationSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Revision))]
    public sealed class NewCeligoRevisionCommand : CeligoCmdlet
    {
        private const string ByIntegrationSet = "Integration";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIntegrationSet, Mandatory = true, Position = 0)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>What the snapshot is for.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Description { get; set; }

        protected override void ProcessRecord()
        {
            string integrationId;
            try
            {
                integrationId = RequireId(ParameterSetName == PipelineSet ? PipeBind.IntegrationId(InputObject) : IntegrationId, "integration id");
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? IntegrationId);
                return;
            }
            if (ShouldProcess($"integration {integrationId}", $"Make a snapshot revision '{Description}'"))
            {
                Run(async (output, ct) => output.Object(await Client.CreateRevisionAsync(integrationId, Description!, ct)), integrationId);
            }
        }
    }

    /// <summary>What pending revisions would change, one row per field (the API compares pending revisions only).</summary>
    [Cmdlet(VerbsData.Compare, "CeligoRevision", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(RevisionDifference))]
    public sealed class CompareCeligoRevisionCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [Alias("_integrationId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(IntegrationIdCompleter))]
        public string? IntegrationId { get; set; }

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("RevisionId")]
        [ValidateNotNullOrEmpty]
        public string? Id { get; set; }

        /// <summary>Revisions from Get-CeligoRevision.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            string integrationId, revisionId;
            try
            {
                if (ParameterSetName == ByIdSet)
                {
                    (integrationId, revisionId) = (RequireId(IntegrationId, "integration id"), RequireId(Id, "revision id"));
                }
                else if (PipeBind.Unwrap(InputObject) is Revision revision && revision.IntegrationId != null)
                {
                    (integrationId, revisionId) = (RequireId(revision.IntegrationId, "integration id"), revision.Id);
                }
                else
                {
                    throw PipeBind.WrongKind(InputObject, "revisions (from Get-CeligoRevision)");
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? Id);
                return;
            }
            Run(async (output, ct) =>
            {
                foreach (var difference in await Client.GetRevisionDiffAsync(integrationId, revisionId, ct))
                {
                    output.Object(PSObjectFactory.Tag(difference, TypeNames.RevisionDifference));
                }
            }, revisionId);
        }
    }
}
