using System;
using System.Collections.Generic;

namespace CeligoPS.Client.Api
{
    /// <summary>What a flow run may be limited to (celigo-api.md §4.2 run, §6).</summary>
    public sealed class RunOptions
    {
        /// <summary>Run only these page generators (multi-source flows).</summary>
        public IList<string>? ExportIds { get; set; }

        /// <summary>Overrides the delta start (the flow's lastExportDateTime) for this run.</summary>
        public DateTime? StartDate { get; set; }

        /// <summary>Overrides the delta end for this run.</summary>
        public DateTime? EndDate { get; set; }

        /// <summary>
        /// The body: dates nested under "export", as Celigo's UI and CLI send them (a top-level
        /// startDate/endDate is unverified), and _exportIds.
        /// </summary>
        internal Dictionary<string, object> ToBody()
        {
            var body = new Dictionary<string, object>();
            if (StartDate.HasValue || EndDate.HasValue)
            {
                var export = new Dictionary<string, string>();
                if (StartDate.HasValue)
                {
                    export["startDate"] = Http.IsoDate.Format(StartDate.Value);
                }
                if (EndDate.HasValue)
                {
                    export["endDate"] = Http.IsoDate.Format(EndDate.Value);
                }
                body["export"] = export;
            }
            if (ExportIds != null && ExportIds.Count > 0)
            {
                body["_exportIds"] = ExportIds;
            }
            return body;
        }
    }
}
