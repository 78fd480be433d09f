using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Errors
{
    /// <summary>Sets the tags of errors (by tag label or short code); an empty -Tag removes them.</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoErrorTag", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ErrorActionResult))]
    public sealed class SetCeligoErrorTagCommand : ErrorBatchCommand
    {
        private IReadOnlyList<string>? _tagIds;

        /// <summary>Tag labels or short tag codes (TagId) from Get-CeligoTag; an empty list removes the errors' tags.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [AllowEmptyCollection]
        [ArgumentCompleter(typeof(Completion.TagCompleter))]
        [ValidateTrimmed]
        public string[]? Tag { get; set; }

        internal override string Action => "Tag";

        internal override string Detail => Tag!.Length == 0 ? " (removing their tags)" : " with " + string.Join(", ", Tag);

        internal override async Task ApplyAsync(string flowId, string stepId, IReadOnlyList<StepError> errors, CancellationToken ct)
        {
            _tagIds ??= await TagIdsAsync(ct);
            await Client.TagErrorsAsync(flowId, stepId, errors, _tagIds, ct);
        }

        /// <summary>Errors are tagged by short code; labels are looked up once, and a name no tag has is refused.</summary>
        private async Task<IReadOnlyList<string>> TagIdsAsync(CancellationToken ct)
        {
            if (Tag!.Length == 0)
            {
                return Array.Empty<string>();
            }
            var tags = new List<CeligoTag>();
            await foreach (var page in Client.ListAsync(ResourceCollection<CeligoTag>.Tags, null, ct))
            {
                tags.AddRange(page);
            }
            return Tag.Select(name => tags.FirstOrDefault(t => string.Equals(t.TagId, name, StringComparison.Ordinal))?.TagId
                                      ?? tags.FirstOrDefault(t => string.Equals(t.Tag, name, StringComparison.OrdinalIgnoreCase))?.TagId
                                      ?? throw new ArgumentException($"No tag is labelled or coded '{name}'. Get-CeligoTag lists the tags; New-CeligoTag creates one."))
                .Distinct().ToList();
        }
    }
}
