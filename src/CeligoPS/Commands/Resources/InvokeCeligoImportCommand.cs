using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Text.Json.Nodes;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Resources
{
    /// <summary>
    /// Sends records through an import on its own, without a flow or a job: piped objects (hashtables,
    /// custom objects, rows from Import-Csv) become JSON records, sent in calls of at most 1000 once all
    /// are in, and each comes back with what the target system did with it.
    /// </summary>
    [Cmdlet(VerbsLifecycle.Invoke, "CeligoImport", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ImportRecordResult))]
    public sealed class InvokeCeligoImportCommand : CeligoCmdlet
    {
        [Parameter(Mandatory = true, Position = 0)]
        [Alias("ImportId", "_importId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(ImportIdCompleter))]
        public string? Id { get; set; }

        /// <summary>The records: hashtables, custom objects, CSV rows; each becomes one JSON object.</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true)]
        [ValidateNotNull]
        public object? InputObject { get; set; }

        private readonly List<JsonNode> _records = new List<JsonNode>();
        private bool _refused;

        protected override void ProcessRecord()
        {
            try
            {
                // Each value is written as JSON here, on the pipeline thread, before anything is sent.
                if (PSJsonNodes.From(InputObject) is JsonObject record)
                {
                    _records.Add(record);
                }
                else
                {
                    throw new ArgumentException($"A record must be an object with fields (a hashtable, a custom object, a CSV row), not {PipeBind.Unwrap(InputObject).GetType().Name}.");
                }
            }
            catch (ArgumentException e)
            {
                // One bad record stops the whole send: sending the rest would leave a gap nobody sees.
                _refused = true;
                ReportFailure(e, InputObject);
            }
        }

        protected override void EndProcessing()
        {
            if (_refused)
            {
                WriteWarning("Nothing was sent: a record was refused (see the error). Fix it and send them again.");
            }
            else if (_records.Count > 0)
            {
                string importId;
                try
                {
                    importId = RequireId(Id, "import id");
                }
                catch (ArgumentException e)
                {
                    ReportFailure(e, Id);
                    base.EndProcessing();
                    return;
                }
                if (ShouldProcess($"import {importId}", $"Send {_records.Count} record(s) to the target system"))
                {
                    var batches = _records.Select((r, i) => (r, i)).GroupBy(x => x.i / CeligoClient.MaxImportRecordsPerCall)
                        .Select(g => (First: g.Key * CeligoClient.MaxImportRecordsPerCall, Records: (IReadOnlyList<JsonNode>)g.Select(x => x.r).ToList())).ToList();
                    Run(async (output, ct) =>
                    {
                        var sent = 0;
                        foreach (var (first, records) in batches)
                        {
                            IReadOnlyList<ImportRecordResult> results;
                            try
                            {
                                results = await Client.InvokeImportAsync(importId, records, first, ct);
                            }
                            catch (Exception e) when (e is CeligoApiException || e is CeligoTransportException)
                            {
                                // Say which records the target may or may not have, by their position in the input.
                                IReadOnlyList<string> Range(int from, int to) => Enumerable.Range(from, Math.Max(0, to - from)).Select(i => i.ToString()).ToList();
                                throw new CeligoPartialFailureException("records (by position, from 0)", Range(0, sent), Range(first, first + records.Count),
                                    Range(first + records.Count, _records.Count), e);
                            }
                            sent += records.Count;
                            foreach (var result in results)
                            {
                                output.Object(result);
                            }
                        }
                    }, importId);
                }
            }
            base.EndProcessing();
        }
    }
}
