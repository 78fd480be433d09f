using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// The shape every plain "Get-Celigo&lt;Resource&gt;" shares: list (optionally by wildcard name), or get
    /// by id. Subclasses name the API collection and the PowerShell type name of their objects.
    /// </summary>
    public abstract class GetResourceCommand<T> : CeligoCmdlet where T : CeligoResource
    {
        protected const string ListSet = "List";
        protected const string ByIdSet = "ById";

        [Parameter(ParameterSetName = ByIdSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.CommandResourceCompleter))]
        public string[]? Id { get; set; }

        /// <summary>A wildcard filter on the name, in every parameter set.</summary>
        [Parameter(Position = 0)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.CommandResourceCompleter))]
        public string? Name { get; set; }

        /// <summary>
        /// Fields a listing asks the API for (its <c>include=</c>), by their API names, for big accounts;
        /// the object's own properties always come too. A read by -Id gets the whole document.
        /// </summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? Property { get; set; }

        internal abstract ResourceCollection<T> Collection { get; }

        /// <summary>What -Name matches (any of them): the name by default; tags and users have their own.</summary>
        internal virtual IEnumerable<string?> NamesOf(T item) => new[] { (item as NamedResource)?.Name };

        /// <summary>The integration the listing is limited to, if any.</summary>
        internal virtual string? IntegrationScope() => null;

        protected override void ProcessRecord()
        {
            var name = Name == null ? null : new WildcardPattern(Name, WildcardOptions.IgnoreCase);
            try
            {
                name?.IsMatch(""); // a pattern is parsed when first used: refuse a broken one before any request
            }
            catch (WildcardPatternException e)
            {
                ReportFailure(new System.ArgumentException($"-Name '{Name}' is not a valid wildcard pattern ({e.Message}). Escape [ and ] with a backtick, or use -Id.", e), Name);
                return;
            }
            var matched = 0;
            bool matches(T item)
            {
                var hit = name == null || NamesOf(item).Any(n => name.IsMatch(n ?? ""));
                if (hit)
                {
                    Interlocked.Increment(ref matched);
                }
                return hit;
            }
            if (ParameterSetName == ByIdSet)
            {
                foreach (var id in Id!)
                {
                    Run(async (output, ct) =>
                    {
                        var item = await Client.GetAsync(Collection, RequireId(id, Collection.Path.TrimEnd('s') + " id"), ct);
                        if (matches(item))
                        {
                            output.Object(item);
                        }
                    }, id);
                }
                return;
            }
            string? scope;
            ListProjection? projection;
            try
            {
                scope = IntegrationScope();
                projection = Property == null ? null : ListProjection.For<T>(Property);
            }
            catch (System.ArgumentException e)
            {
                ReportFailure(e, null);
                return;
            }
            var listed = false;
            Run(async (output, ct) =>
            {
                await StreamAsync(Client.ListAsync(Collection, scope, ct, projection), i => i, output, ct, matches);
                listed = true;
            }, (object?)scope ?? Collection.Path);
            // A plain name that matches nothing in a whole listing is an error, as Get-Process and
            // Get-Service make it (a listing that failed has said so already); a wildcard that matches
            // nothing is just an empty answer.
            if (listed && Name != null && matched == 0 && !WildcardPattern.ContainsWildcardCharacters(Name))
            {
                var typeName = TypeNames.Of(typeof(T));
                var kind = typeName.Substring(typeName.LastIndexOf('.') + 1).ToLowerInvariant();
                WriteError(new ErrorRecord(
                    new ItemNotFoundException($"No {kind} is named '{Name}'{(scope == null ? "" : $" in integration {scope}")}. {MyInvocation.MyCommand.Name} lists them all; -Name takes wildcards, such as '*{Name}*'."),
                    "NameNotFound", ErrorCategory.ObjectNotFound, Name));
            }
        }
    }

    /// <summary>A resource an integration has its own list of: adds -IntegrationId and piped integrations.</summary>
    public abstract class GetIntegrationResourceCommand<T> : GetResourceCommand<T> where T : CeligoResource
    {
        protected const string PipelineSet = "Pipeline";

        [Parameter(ParameterSetName = ListSet)]
        [Alias("_integrationId")]
        [ArgumentCompleter(typeof(Completion.IntegrationIdCompleter))]
        [ValidateNotNullOrEmpty]
        public string? IntegrationId { get; set; }

        /// <summary>Integrations (or objects with an IntegrationId) whose resources to list.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        internal override string? IntegrationScope() => ParameterSetName == PipelineSet
            ? RequireId(PipeBind.IntegrationId(InputObject), "integration id")
            : IntegrationId == null ? null : RequireId(IntegrationId, "integration id");
    }
}
