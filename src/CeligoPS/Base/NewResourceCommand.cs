using System.Collections;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Creates one document: the named parameters' fields, plus any other field from -Property (by API
    /// name), POSTed as one document. Asks first (-WhatIf names it) and returns what the API created.
    /// </summary>
    public abstract class NewResourceCommand<T> : CeligoCmdlet where T : CeligoResource
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>More fields of the document, by their API names (e.g. @{ description = '...' }).</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? Property { get; set; }

        internal abstract ResourceCollection<T> Collection { get; }
        /// <summary>The fields the command's own parameters set (after -Property, so they win).</summary>
        internal abstract void AddFields(JsonObject document);

        protected override void ProcessRecord()
        {
            JsonObject document;
            try
            {
                document = Property == null ? new JsonObject() : PSJsonNodes.FromTable(Property);
                document["name"] = Name;
                AddFields(document);
            }
            catch (System.ArgumentException e)
            {
                ReportFailure(e, Name);
                return;
            }
            if (!ShouldProcess($"{Collection.Path.TrimEnd('s')} '{Name}'", "Create"))
            {
                return;
            }
            Run(async (output, ct) => output.Object(await Client.CreateAsync(Collection, document, ct)), Name);
        }
    }
}
