using System;
using System.Collections.Generic;
using System.Linq;
using CeligoPS.Client.Models;

namespace CeligoPS.Base
{
    /// <summary>
    /// Integrations and flows named by parameters or piped in, gathered for a command that asks about
    /// all of them at once (one call, one watch) once its input is in. A piped flow, or anything with a
    /// FlowId that is not an integration, counts as a flow; anything else must have an IntegrationId.
    /// </summary>
    internal sealed class GatheredScope
    {
        private readonly List<string> _integrations = new List<string>();
        private readonly List<string> _flows = new List<string>();
        private readonly Func<string, string, string> _requireId;

        /// <param name="requireId">Checks an id's shape (the id, what it is), throwing ArgumentException.</param>
        public GatheredScope(Func<string, string, string> requireId)
        {
            _requireId = requireId;
        }

        public IReadOnlyList<string> IntegrationIds => _integrations.Distinct(StringComparer.Ordinal).ToList();
        public IReadOnlyList<string> FlowIds => _flows.Distinct(StringComparer.Ordinal).ToList();
        public bool IsEmpty => _integrations.Count + _flows.Count == 0;

        /// <summary>
        /// Adds one record's input: the ids named by parameters, or else the piped object. A bad one is
        /// reported by <paramref name="cmdlet"/> and left out, so the rest still counts.
        /// </summary>
        public void Add(CeligoCmdlet cmdlet, bool named, IEnumerable<string>? integrationIds, IEnumerable<string>? flowIds, object? input)
        {
            try
            {
                if (named)
                {
                    AddNamed(integrationIds, flowIds);
                }
                else
                {
                    AddPiped(input);
                }
            }
            catch (ArgumentException e)
            {
                cmdlet.ReportFailure(e, input);
            }
        }

        /// <exception cref="ArgumentException">An id that is not one.</exception>
        private void AddNamed(IEnumerable<string>? integrationIds, IEnumerable<string>? flowIds)
        {
            _integrations.AddRange((integrationIds ?? Enumerable.Empty<string>()).Select(id => _requireId(id, "integration id")));
            _flows.AddRange((flowIds ?? Enumerable.Empty<string>()).Select(id => _requireId(id, "flow id")));
        }

        /// <exception cref="ArgumentException">An object that names neither, or an id that is not one.</exception>
        private void AddPiped(object? input)
        {
            var value = PipeBind.Unwrap(input);
            if (value is Flow || (!(value is Integration) && PipeBind.Property(input, "FlowId", "_flowId") != null))
            {
                _flows.Add(_requireId(PipeBind.FlowId(input), "flow id"));
            }
            else
            {
                _integrations.Add(_requireId(PipeBind.IntegrationId(input), "integration id"));
            }
        }
    }
}
