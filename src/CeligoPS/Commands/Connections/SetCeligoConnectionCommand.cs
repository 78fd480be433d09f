using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Connections
{
    /// <summary>
    /// Changes connections without resending their secrets: the name, and settings inside the connection's
    /// configuration block (-Configuration, one JSON Patch operation per setting), or with -Property any
    /// top-level field by read-merge-write (refused while the document holds masked secrets not replaced).
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CeligoConnection", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Connection))]
    public sealed class SetCeligoConnectionCommand : UpdateResourceCommand<Connection>
    {
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Name { get; set; }

        /// <summary>Settings inside the configuration block (the http block of an http connection...), by their API names; nested hashtables reach deeper.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Configuration { get; set; }

        /// <summary>Top-level fields by their API names, written with GET-merge-PUT.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Property { get; set; }

        internal override ResourceCollection<Connection> Collection => ResourceCollection<Connection>.Connections;
        internal override string IdProperty => "ConnectionId";

        protected override void ProcessRecord()
        {
            JsonObject? settings, fields;
            try
            {
                if (Name == null && Configuration == null && Property == null)
                {
                    throw new ArgumentException("Nothing to change: give -Name, -Configuration or -Property.");
                }
                if (Configuration != null && Property != null)
                {
                    throw new ArgumentException("Give -Configuration (settings, patched one by one) or -Property (fields, the whole connection written back), not both in one call.");
                }
                settings = Configuration == null ? null : PSJsonNodes.FromTable(Configuration);
                fields = Property == null ? null : PSJsonNodes.FromTable(Property);
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject ?? Id);
                return;
            }
            // The action names the settings, never their values: they may be secrets.
            var named = (Name == null ? new string[0] : new[] { "name" })
                .Concat(settings == null ? Enumerable.Empty<string>() : Leaves(settings, new List<string>()).Select(l => "configuration " + string.Join(".", l.Path)))
                .Concat(fields == null ? Enumerable.Empty<string>() : fields.Select(f => f.Key));
            UpdateEach($"Set {string.Join(", ", named)}{(fields != null ? " (read, merge and write back the whole connection)" : "")}", async (id, ct) =>
            {
                if (fields != null)
                {
                    if (Name != null)
                    {
                        fields["name"] = Name;
                    }
                    await Client.MergeReplaceAsync(Collection, id, fields, ct);
                    return;
                }
                var patch = new JsonPatch();
                if (Name != null)
                {
                    patch.Replace("name", Name);
                }
                if (settings != null)
                {
                    // The block is named after the connection's type (http, netsuite, ...).
                    var type = (await Client.GetAsync(Collection, id, ct)).Type
                        ?? throw new InvalidOperationException($"Connection {id} names no type, so its configuration block is unknown; use -Property.");
                    foreach (var (path, value) in Leaves(settings, new List<string> { type }))
                    {
                        patch.Replace(path, value);
                    }
                }
                await Client.PatchAsync(Collection, id, patch, ct);
            });
        }

        /// <summary>Each setting below <paramref name="prefix"/>: nested objects are walked, anything else (arrays included) is one value.</summary>
        private static IEnumerable<(IReadOnlyList<string> Path, JsonNode? Value)> Leaves(JsonObject settings, List<string> prefix)
        {
            foreach (var pair in settings)
            {
                var path = new List<string>(prefix) { pair.Key };
                if (pair.Value is JsonObject nested && nested.Count > 0)
                {
                    foreach (var leaf in Leaves(nested, path))
                    {
                        yield return leaf;
                    }
                }
                else
                {
                    yield return (path, pair.Value);
                }
            }
        }
    }
}
