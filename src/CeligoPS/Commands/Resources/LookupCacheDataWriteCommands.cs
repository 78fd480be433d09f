using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;

namespace CeligoPS.Commands.Resources
{
    /// <summary>
    /// Writes lookup cache entries: from a hashtable (-Entry) or from piped objects with Key and Value
    /// (e.g. Import-Csv rows). Everything is gathered, then sent in calls of at most 1000 entries and 5 MB.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "CeligoLookupCacheData", DefaultParameterSetName = TableSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(LookupCacheWrite))]
    public sealed class SetCeligoLookupCacheDataCommand : CeligoCmdlet
    {
        private const string TableSet = "Table";
        private const string PipelineSet = "Pipeline";
        private readonly List<KeyValuePair<string, JsonNode?>> _entries = new List<KeyValuePair<string, JsonNode?>>();

        [Parameter(Mandatory = true, Position = 0)]
        [Alias("_lookupCacheId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.LookupCacheIdCompleter))]
        public string? LookupCacheId { get; set; }

        /// <summary>Keys and their values: @{ 'SKU-1' = @{ itemId = 10 }; 'SKU-2' = 'x' }.</summary>
        [Parameter(ParameterSetName = TableSet, Mandatory = true, Position = 1)]
        [ValidateNotNull]
        public IDictionary? Entry { get; set; }

        /// <summary>Objects with Key and Value properties.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        protected override void ProcessRecord()
        {
            try
            {
                if (ParameterSetName == TableSet)
                {
                    foreach (DictionaryEntry pair in Entry!)
                    {
                        _entries.Add(new KeyValuePair<string, JsonNode?>(pair.Key.ToString()!, PSJsonNodes.From(pair.Value)));
                    }
                    return;
                }
                var key = PipeBind.Property(InputObject, "Key", "key") ?? throw PipeBind.WrongKind(InputObject, "objects with Key and Value properties");
                _entries.Add(new KeyValuePair<string, JsonNode?>(key, PSJsonNodes.From(PSObject.AsPSObject(InputObject).Properties["Value"]?.Value)));
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, InputObject);
            }
        }

        protected override void EndProcessing()
        {
            if (_entries.Count == 0 || !ShouldProcess($"{_entries.Count} entr{(_entries.Count == 1 ? "y" : "ies")} of lookup cache {LookupCacheId} ({Preview()})", "Write"))
            {
                return;
            }
            Run(async (output, ct) =>
            {
                var id = RequireId(LookupCacheId, "lookup cache id");
                foreach (var (entries, bytes) in await Client.SetLookupCacheDataAsync(id, _entries, ct))
                {
                    output.Object(new LookupCacheWrite(id, "Write", entries, bytes));
                }
            }, LookupCacheId);
        }

        private string Preview() => string.Join(", ", _entries.Take(5).Select(e => e.Key)) + (_entries.Count > 5 ? $", and {_entries.Count - 5} more" : "");
    }

    /// <summary>Deletes lookup cache entries by key (named, or piped entries), or every entry with -All.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoLookupCacheData", DefaultParameterSetName = KeySet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(LookupCacheWrite))]
    public sealed class RemoveCeligoLookupCacheDataCommand : CeligoCmdlet
    {
        private const string KeySet = "Key";
        private const string PipelineSet = "Pipeline";
        private const string AllSet = "All";
        private readonly List<string> _keys = new List<string>();

        [Parameter(Mandatory = true, Position = 0)]
        [Alias("_lookupCacheId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.LookupCacheIdCompleter))]
        public string? LookupCacheId { get; set; }

        [Parameter(ParameterSetName = KeySet, Mandatory = true, Position = 1)]
        [ValidateNotNullOrEmpty]
        public string[]? Key { get; set; }

        /// <summary>Entries (from Get-CeligoLookupCacheData) or objects with a Key.</summary>
        [Parameter(ParameterSetName = PipelineSet, Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        /// <summary>Deletes every entry (purge); the cache itself stays.</summary>
        [Parameter(ParameterSetName = AllSet, Mandatory = true)]
        public SwitchParameter All { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == KeySet)
            {
                _keys.AddRange(Key!);
            }
            else if (ParameterSetName == PipelineSet)
            {
                var key = PipeBind.Property(InputObject, "Key", "key");
                if (key == null)
                {
                    ReportFailure(PipeBind.WrongKind(InputObject, "lookup cache entries (from Get-CeligoLookupCacheData) or objects with a Key property"), InputObject);
                    return;
                }
                _keys.Add(key);
            }
        }

        protected override void EndProcessing()
        {
            var what = All ? $"every entry of lookup cache {LookupCacheId}" : $"{_keys.Count} key(s) of lookup cache {LookupCacheId} ({string.Join(", ", _keys.Take(5))}{(_keys.Count > 5 ? ", ..." : "")})";
            if ((!All && _keys.Count == 0) || !ShouldProcess(what, "Delete"))
            {
                return;
            }
            Run(async (output, ct) =>
            {
                var id = RequireId(LookupCacheId, "lookup cache id");
                if (All)
                {
                    await Client.PurgeLookupCacheAsync(id, ct);
                    output.Object(new LookupCacheWrite(id, "Purge", 0, 0));
                    return;
                }
                var calls = await Client.RemoveLookupCacheKeysAsync(id, _keys, ct);
                output.Object(new LookupCacheWrite(id, "Delete", _keys.Distinct().Count(), 0) { Calls = calls });
            }, LookupCacheId);
        }
    }

    /// <summary>One write to a lookup cache: how many entries, in how many bytes (or calls).</summary>
    public sealed class LookupCacheWrite
    {
        public LookupCacheWrite(string lookupCacheId, string action, int entries, int bytes)
        {
            LookupCacheId = lookupCacheId;
            Action = action;
            Entries = entries;
            Bytes = bytes;
        }

        public string LookupCacheId { get; }
        public string Action { get; }
        public int Entries { get; }
        public int Bytes { get; }
        public int Calls { get; set; } = 1;
    }
}
