using System;
using System.Collections.Generic;
using System.Linq;

namespace CeligoPS.Client.Models
{
    /// <summary>The daily health check in one object: failed and running flow jobs, open errors per flow, offline connections.</summary>
    public sealed class HealthReport
    {
        public HealthReport(DateTime since, DateTime until, IReadOnlyList<CeligoJob> failedJobs, IReadOnlyList<CeligoJob> runningJobs,
            IReadOnlyList<ErrorSummary> openErrors, IReadOnlyList<Connection> offlineConnections)
        {
            Since = since;
            Until = until;
            FailedJobs = new ItemList<CeligoJob>(failedJobs);
            RunningJobs = new ItemList<CeligoJob>(runningJobs);
            OpenErrors = new ItemList<ErrorSummary>(openErrors);
            OfflineConnections = new ItemList<Connection>(offlineConnections);
        }

        public DateTime Since { get; }
        public DateTime Until { get; }
        public IReadOnlyList<CeligoJob> FailedJobs { get; }
        public IReadOnlyList<CeligoJob> RunningJobs { get; }

        /// <summary>Open errors per flow that has any, across all integrations.</summary>
        public IReadOnlyList<ErrorSummary> OpenErrors { get; }

        public IReadOnlyList<Connection> OfflineConnections { get; }

        public int FailedJobCount => FailedJobs.Count;
        public int RunningJobCount => RunningJobs.Count;
        public long OpenErrorCount => OpenErrors.Sum(e => e.NumError);
        public int FlowsWithErrors => OpenErrors.Count;
        public int OfflineConnectionCount => OfflineConnections.Count;

        /// <summary>The flows that failed in the window, by name (the id when the name is not known), each once.</summary>
        public IReadOnlyList<string> FailedFlows => new ItemList<string>(FailedJobs.Select(j => j.FlowName ?? j.FlowId ?? j.Id).Distinct());

        /// <summary>No failed job in the window, no open error, no offline connection.</summary>
        public bool Healthy => FailedJobCount == 0 && OpenErrorCount == 0 && OfflineConnectionCount == 0;
    }
}
