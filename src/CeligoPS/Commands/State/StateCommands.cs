using System;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;

namespace CeligoPS.Commands.State
{
    /// <summary>Sets a state key to a value (created or replaced): global, or kept for a resource.</summary>
    [Cmdlet(VerbsCommon.Set, "CeligoState", DefaultParameterSetName = "Global", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(void))]
    public sealed class SetCeligoStateCommand : ResourceInputCommand
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Key { get; set; }

        /// <summary>Any value: a string, number, hashtable, object or array (stored as JSON).</summary>
        [Parameter(Mandatory = true, Position = 1)]
        [AllowNull]
        public object? Value { get; set; }

        private byte[]? _body;

        protected override void ProcessRecord()
        {
            try
            {
                // Written here, on the pipeline thread: a value JSON cannot hold is refused before any request.
                _body = PSJson.ToUtf8(Value);
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, Value);
                return;
            }
            base.ProcessRecord();
        }

        internal override Task ForResourceAsync(ResourceRef? resource, AsyncOutput output, CancellationToken ct)
        {
            var body = _body!;
            return output.Ask(() => ShouldProcess($"state key '{Key}'{(resource == null ? "" : " of " + resource)}", "Set"))
                ? Client.SetStateAsync(resource, Key!, body, ct)
                : Task.CompletedTask;
        }
    }

    /// <summary>Removes state keys: global, or kept for a resource.</summary>
    [Cmdlet(VerbsCommon.Remove, "CeligoState", DefaultParameterSetName = "Global", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High)]
    [OutputType(typeof(void))]
    public sealed class RemoveCeligoStateCommand : ResourceInputCommand
    {
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[]? Key { get; set; }

        internal override async Task ForResourceAsync(ResourceRef? resource, AsyncOutput output, CancellationToken ct)
        {
            foreach (var key in Key!)
            {
                if (!output.Ask(() => ShouldProcess($"state key '{key}'{(resource == null ? "" : " of " + resource)}", "Remove")))
                {
                    continue;
                }
                try
                {
                    await Client.RemoveStateAsync(resource, key, ct);
                }
                catch (CeligoPS.Client.CeligoApiException e)
                {
                    output.Error(e, key); // one missing key does not keep the others
                }
            }
        }
    }
}
