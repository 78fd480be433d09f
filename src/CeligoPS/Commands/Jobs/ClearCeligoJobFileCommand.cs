using System.Management.Automation;
using CeligoPS.Base;

namespace CeligoPS.Commands.Jobs
{
    /// <summary>Deletes the files jobs kept (their exported data), for data that must not stay in integrator.io.</summary>
    [Cmdlet(VerbsCommon.Clear, "CeligoJobFile", DefaultParameterSetName = PipelineSet, SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class ClearCeligoJobFileCommand : JobInputCommand
    {
        protected override void ProcessRecord()
        {
            foreach (var jobId in JobIdsOrReport())
            {
                if (ShouldProcess($"job {jobId}", "Delete the files"))
                {
                    Run((output, ct) => Client.PurgeJobFilesAsync(jobId, ct), jobId);
                }
            }
        }
    }
}
