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
            FailedJobs = failedJobs;
            RunningJobs = runningJobs;
            OpenErrors = openErrors;
            OfflineConnections = offlineConnections;
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

        /// <summary>No failed job in the window, no open error, no offline connection.</summary>
        public bool Healthy => FailedJobCount == 0 && OpenErrorCount == 0 && OfflineConnectionCount == 0;
    }
}
