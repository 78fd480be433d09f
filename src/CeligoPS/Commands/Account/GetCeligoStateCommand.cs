using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;

namespace CeligoPS.Commands.Account
{
    /// <summary>Reads state keys and their values: global, or kept for a resource (scripts keep state per flow, export...).</summary>
    [Cmdlet(VerbsCommon.Get, "CeligoState", DefaultParameterSetName = GlobalSet)]
    [OutputType(typeof(StateEntry))]
    public sealed class GetCeligoStateCommand : ResourceInputCommand
    {
        private const string GlobalSet = "Global";

        /// <summary>The keys to read; without it, every key.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[]? Key { get; set; }

        internal override async Task ForResourceAsync(ResourceRef? resource, AsyncOutput output, CancellationToken ct)
        {
            await foreach (var page in Client.ListStateAsync(resource, Key, (e, key) => output.Error(e, key), ct))
            {
                foreach (var entry in page)
                {
                    output.Object(PSObjectFactory.Tag(entry, TypeNames.StateEntry));
                }
            }
        }
    }
}
