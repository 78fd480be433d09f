using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using CeligoPS.Base;
using CeligoPS.Client;
using CeligoPS.Client.Api;
using CeligoPS.Client.Models;
using CeligoPS.Session;

namespace CeligoPS.Commands.Integrations
{
    /// <summary>
    /// Compares an integration folder (from Export-CeligoIntegration) with the integration of that name in
    /// an account, or the integration of one name in two accounts: one object per difference.
    /// </summary>
    [Cmdlet(VerbsData.Compare, "CeligoIntegration", DefaultParameterSetName = FolderSet)]
    [OutputType(typeof(IntegrationDifference))]
    public sealed class CompareCeligoIntegrationCommand : CeligoCmdlet
    {
        private const string FolderSet = "Folder";
        private const string AccountsSet = "Accounts";

        /// <summary>An integration's folder, as Export-CeligoIntegration wrote it (and maybe edited since).</summary>
        [Parameter(ParameterSetName = FolderSet, Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ValidateTrimmed]
        public string? Path { get; set; }

        /// <summary>The session of the account to compare with, as the reference (the other is -Session, or the default).</summary>
        [Parameter(ParameterSetName = AccountsSet, Mandatory = true)]
        [ValidateNotNull]
        public CeligoSession? ReferenceSession { get; set; }

        /// <summary>The integration's name: in both accounts, or in the account compared with the folder (by default the folder's).</summary>
        [Parameter(ParameterSetName = FolderSet)]
        [Parameter(ParameterSetName = AccountsSet, Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Connection names in the reference (keys) and the names the compared account uses for them (values), as Publish-CeligoIntegration takes them.</summary>
        [Parameter]
        [ValidateNotNull]
        public Hashtable? ConnectionMap { get; set; }

        protected override void ProcessRecord()
        {
            IntegrationFolder? folder = null;
            IReadOnlyDictionary<string, string> map;
            try
            {
                map = ConnectionNameMap.From(ConnectionMap);
                if (ParameterSetName == FolderSet)
                {
                    folder = IntegrationFolder.FromDisk(SessionState.Path.GetUnresolvedProviderPathFromPSPath(Path));
                    // The folder's names are checked against the map here, before any request.
                    folder = map.Count > 0 ? folder.WithConnectionsRenamed(map) : folder;
                }
            }
            catch (ArgumentException e)
            {
                ReportFailure(e, Path);
                return;
            }
            var name = Name ?? folder?.IntegrationName;
            if (string.IsNullOrEmpty(name))
            {
                ReportFailure(new ArgumentException("The folder's integration.json names no integration; give -Name."), Path);
                return;
            }
            Run(async (output, ct) =>
            {
                var reference = folder ?? await ReadAsync(ReferenceSession!.Client, name!, output, "reference", ct);
                if (folder == null && map.Count > 0)
                {
                    reference = reference.WithConnectionsRenamed(map);
                }
                var difference = await ReadAsync(Client, name!, output, "compared", ct);
                foreach (var row in IntegrationDiff.Compare(reference, difference))
                {
                    output.Object(PSObjectFactory.Tag(row, TypeNames.IntegrationDifference));
                }
            }, name);
        }

        /// <summary>The integration of that name in an account as a folder; none there reads as an empty one.</summary>
        private static async Task<IntegrationFolder> ReadAsync(CeligoClient client, string name, AsyncOutput output, string side, CancellationToken ct)
        {
            string? id = null;
            await foreach (var page in client.ListIntegrationsAsync(ct))
            {
                var matches = page.Where(i => i.Name == name).ToList();
                if (matches.Count > 1 || (matches.Count == 1 && id != null))
                {
                    throw new InvalidOperationException($"More than one integration is named '{name}' in the {side} account; rename one so each name says which.");
                }
                id ??= matches.FirstOrDefault()?.Id;
            }
            if (id == null)
            {
                output.Warning($"The {side} account has no integration named '{name}': everything shows as on the other side only.");
                return IntegrationFolder.Empty();
            }
            return await IntegrationFolder.ReadAsync(client, id, includeData: false, ct);
        }
    }
}
