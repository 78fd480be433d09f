using System;
using System.IO;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Creates scripts from JavaScript given as text (-Content) or in a file (-Path).</summary>
    [Cmdlet(VerbsCommon.New, "CeligoScript", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Low)]
    [OutputType(typeof(Script))]
    public sealed class NewCeligoScriptCommand : NewResourceCommand<Script>
    {
        [Parameter]
        [ValidateNotNull]
        public string? Content { get; set; }

        /// <summary>A .js file whose text becomes the script's content.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        [Parameter]
        public string? Description { get; set; }

        internal override ResourceCollection<Script> Collection => ResourceCollection<Script>.Scripts;

        internal override void AddFields(JsonObject document)
        {
            document["content"] = ScriptSource.Read(this, Content, Path) ?? "";
            if (Description != null)
            {
                document["description"] = Description;
            }
        }
    }

    /// <summary>Changes scripts: name, description and content (as text or from a file), read-merge-write.</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoScript", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(Script))]
    public sealed class SetCeligoScriptCommand : SetNamedResourceCommand<Script>
    {
        [Parameter]
        [ValidateNotNull]
        public string? Content { get; set; }

        /// <summary>A .js file whose text becomes the script's content.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        internal override ResourceCollection<Script> Collection => ResourceCollection<Script>.Scripts;
        internal override string IdProperty => "ScriptId";

        internal override void AddChanges(JsonObject changes) => Put(changes, "content", ScriptSource.Read(this, Content, Path));
    }

    /// <summary>Deletes scripts; refuses those a hook calls unless -Force.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoScript", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoScriptCommand : RemoveResourceCommand<Script>
    {
        internal override ResourceCollection<Script> Collection => ResourceCollection<Script>.Scripts;
        internal override string IdProperty => "ScriptId";
    }

    /// <summary>A script's source: -Content as given, or the text of the -Path file (never both).</summary>
    internal static class ScriptSource
    {
        /// <exception cref="ArgumentException">Both given, or a -Path that is not a file.</exception>
        public static string? Read(PSCmdlet cmdlet, string? content, string? path)
        {
            if (content != null && path != null)
            {
                throw new ArgumentException("Give the script's source either as -Content or as a -Path file, not both.");
            }
            if (path == null)
            {
                return content;
            }
            var file = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path);
            if (!File.Exists(file))
            {
                throw new ArgumentException($"-Path '{path}' is not a file; give the .js file that holds the script.");
            }
            return File.ReadAllText(file);
        }
    }
}
