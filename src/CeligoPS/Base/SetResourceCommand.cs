using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Changes fields of a resource. Fields the API documents as patchable go out as one PATCH; any
    /// other field (from -Property, or a named parameter the PATCH does not cover) is written with
    /// GET-merge-PUT, because PUT replaces the whole document and a partial PUT would erase the rest.
    /// </summary>
    public abstract class SetResourceCommand<T> : UpdateResourceCommand<T> where T : CeligoResource
    {
        /// <summary>Top-level fields to set, by their API names ($null removes a field); written with GET-merge-PUT.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Property { get; set; }

        /// <summary>The named parameters' changes, by API field name.</summary>
        internal abstract JsonObject NamedChanges();

        protected override void ProcessRecord()
        {
            JsonObject changes;
            try
            {
                changes = NamedChanges();
                if (Property != null)
                {
                    foreach (var pair in PSJsonNodes.FromTable(Property))
                    {
                        changes[pair.Key] = pair.Value?.DeepClone();
                    }
                }
            }
            catch (System.ArgumentException e)
            {
                // A value JSON cannot hold, refused before anything is sent.
                ReportFailure(e, InputObject ?? Id);
                return;
            }
            if (changes.Count == 0)
            {
                ReportFailure(new System.ArgumentException("Nothing to change: name at least one field (see Get-Help for the parameters, or use -Property)."), InputObject ?? Id);
                return;
            }
            var patchable = Property == null && changes.All(c => Collection.PatchableFields.Contains(c.Key) && c.Value != null);
            var action = $"Set {string.Join(", ", changes.Select(c => c.Key))}{(patchable ? "" : " (read, merge and write back the whole document)")}";
            UpdateEach(action, async (id, ct) =>
            {
                if (patchable)
                {
                    var patch = new JsonPatch();
                    foreach (var change in changes)
                    {
                        patch.Replace(change.Key, change.Value);
                    }
                    await Client.PatchAsync(Collection, id, patch, ct);
                }
                else
                {
                    await Client.MergeReplaceAsync(Collection, id, (JsonObject)changes.DeepClone(), ct);
                }
            });
        }

        /// <summary>Adds a named parameter's value when it was given.</summary>
        internal static void Put(JsonObject changes, string field, object? value)
        {
            if (value != null)
            {
                changes[field] = PSJsonNodes.From(value);
            }
        }
    }

    /// <summary>Resources with a name and a description: both settable by name.</summary>
    public abstract class SetNamedResourceCommand<T> : SetResourceCommand<T> where T : CeligoResource
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        [Parameter]
        public string? Description { get; set; }

        internal override JsonObject NamedChanges()
        {
            var changes = new JsonObject();
            Put(changes, "name", Name);
            Put(changes, "description", Description);
            AddChanges(changes);
            return changes;
        }

        /// <summary>The kind's own named parameters.</summary>
        internal abstract void AddChanges(JsonObject changes);
    }
}
