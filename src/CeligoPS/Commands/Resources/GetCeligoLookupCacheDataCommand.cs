using System.Management.Automation;
using CeligoPS.Base;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Reads a lookup cache's entries: all, some keys, or a key prefix, streamed page by page.</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoLookupCacheData", DefaultParameterSetName = PipelineSet, SupportsPaging = true)]
    [OutputType(typeof(LookupCacheEntry))]
    public sealed class GetCeligoLookupCacheDataCommand : CeligoCmdlet
    {
        private const string ByIdSet = "ById";
        private const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true, Position = 0)]
        [Alias("_lookupCacheId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.LookupCacheIdCompleter))]
        public string? LookupCacheId { get; set; }

        /// <summary>Lookup caches (from Get-CeligoLookupCache), or objects with a LookupCacheId property.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Key { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? StartsWith { get; set; }

        protected override void BeginProcessing()
        {
            if (Key != null && StartsWith != null)
            {
                ThrowTerminatingError(new ErrorRecord(new System.ArgumentException("Use -Key or -StartsWith, not both: the API reads either named keys or a key prefix."),
                    "KeyAndStartsWith", ErrorCategory.InvalidArgument, StartsWith));
            }
        }

        protected override void ProcessRecord()
        {
            var cacheId = ParameterSetName == ByIdSet
                ? LookupCacheId
                : PipeBind.Unwrap(InputObject) is LookupCache cache ? cache.Id : PipeBind.Property(InputObject, "LookupCacheId", "_lookupCacheId");
            Run((output, ct) =>
            {
                var id = RequireId(cacheId ?? throw PipeBind.WrongKind(InputObject, "lookup caches (from Get-CeligoLookupCache) or objects with a LookupCacheId property"), "lookup cache id");
                return StreamAsync(Client.GetLookupCacheDataAsync(id, Key, StartsWith, ct), e => e, output, ct);
            }, InputObject ?? cacheId);
        }
    }
}
