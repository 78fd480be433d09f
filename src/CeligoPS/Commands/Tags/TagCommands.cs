using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Tags
{
    /// <summary>Creates tags; integrator.io gives each a short code (TagId) used when tagging errors.</summary>
    [Cmdlet(VerbsCommon.New, "CeligoTag", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(CeligoTag))]
    public sealed class NewCeligoTagCommand : CeligoCmdlet
    {
        /// <summary>The labels of the tags to create.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true)]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string[]? Tag { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var label in Tag!)
            {
                if (!ShouldProcess($"tag '{label}'", "Create"))
                {
                    continue;
                }
                Run(async (output, ct) =>
                    output.Object(await Client.CreateAsync(ResourceCollection<CeligoTag>.Tags, new JsonObject { ["tag"] = label }, ct)), label);
            }
        }
    }

    /// <summary>Renames tags (PATCH of the label; the short code stays).</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoTag", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(CeligoTag))]
    public sealed class SetCeligoTagCommand : SetResourceCommand<CeligoTag>
    {
        /// <summary>The new label (-Name, as for other resources, works too).</summary>
        [Parameter]
        [Alias("Name")]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Tag { get; set; }

        internal override ResourceCollection<CeligoTag> Collection => ResourceCollection<CeligoTag>.Tags;

        // Tags are addressed by their 24-hex Id; TagId is the short code used on errors.
        internal override string IdProperty => "Id";

        internal override JsonObject NamedChanges()
        {
            var changes = new JsonObject();
            Put(changes, "tag", Tag);
            return changes;
        }
    }

    /// <summary>Deletes tags.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoTag", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoTagCommand : RemoveResourceCommand<CeligoTag>
    {
        internal override ResourceCollection<CeligoTag> Collection => ResourceCollection<CeligoTag>.Tags;
        internal override string IdProperty => "Id";
        internal override bool HasDependencies => false;
    }
}
