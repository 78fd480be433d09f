using System;
using System.Management.Automation;

namespace CeligoPS.Session
{
    /// <summary>
    /// What Connect-Celigo and Save-CeligoEnvironment both take: where the account is (a region, or
    /// any base URI) and which config file holds its environments.
    /// </summary>
    public abstract class AccountAddressCommand : PSCmdlet
    {
        protected const string RegionSet = "Region";
        protected const string BaseUriSet = "BaseUri";

        [Parameter(ParameterSetName = RegionSet)]
        [ValidateSet("US", "EU", IgnoreCase = true)]
        public string? Region { get; set; }

        [Parameter(ParameterSetName = BaseUriSet, Mandatory = true)]
        [ValidateNotNull]
        public Uri? BaseUri { get; set; }

        [Parameter]
        [ValidateNotNullOrEmpty]
        [Base.ValidateTrimmed]
        public string? ConfigPath { get; set; }

        /// <summary>-ConfigPath as a file system path (relative to the current location), or null.</summary>
        protected string? ConfigFilePath => ConfigPath == null ? null : GetUnresolvedProviderPathFromPSPath(ConfigPath);
    }
}
