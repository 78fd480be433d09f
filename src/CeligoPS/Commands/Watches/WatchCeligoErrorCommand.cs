using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Completion;

namespace CeligoPS.Commands.Watches
{
    /// <summary>
    /// Writes each open error that appears while it watches, once: in the whole account, or in some
    /// integrations or flows (named, or piped in).
    /// </summary>
    [Cmdlet(VerbsCommon.Watch, "CeligoError", DefaultParameterSetName = ListSet)]
    [OutputType(typeof(StepError))]
    public sealed class WatchCeligoErrorCommand : WatchCommand
    {

        internal override string Watching => "new open errors";

        internal override Func<CancellationToken, Task<IReadOnlyList<object>>>? StartWatch(AsyncOutput output)
        {
            // Piped input that was all refused watches nothing, rather than the whole account.
            if (AsksForNothing)
            {
                return null;
            }
            var watch = new ErrorWatch(Client, Scope.IntegrationIds, Scope.FlowIds);
            return async ct =>
            {
                var errors = await watch.LookAsync(ct);
                await Names.LoadAsync(errors.Select(e => e.FlowId), ct);
                foreach (var error in errors)
                {
                    Names.Name(error);
                }
                return errors.Cast<object>().ToList();
            };
        }
    }
}
