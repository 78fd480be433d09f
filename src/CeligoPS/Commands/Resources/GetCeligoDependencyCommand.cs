using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Resources
{
    /// <summary>Lists what depends on a resource (flows using a connection, imports using a script...).</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoDependency", DefaultParameterSetName = PipelineSet)]
    [OutputType(typeof(Dependency))]
    public sealed class GetCeligoDependencyCommand : ResourceInputCommand
    {
        internal override async Task ForResourceAsync(ResourceRef? resource, AsyncOutput output, CancellationToken ct)
        {
            foreach (var dependency in await Client.GetDependenciesAsync(resource ?? throw new ArgumentException("Name a resource."), ct))
            {
                output.Object(dependency);
            }
        }
    }
}
