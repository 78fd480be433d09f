using System;

namespace CeligoPS.Session
{
    /// <summary>An environment saved in the config file, as Save-CeligoEnvironment -PassThru shows it (token masked).</summary>
    public sealed class CeligoEnvironmentEntry
    {
        internal CeligoEnvironmentEntry(string name, Uri apiUrl, string configPath, bool isDefault, string maskedToken)
        {
            Name = name;
            ApiUrl = apiUrl;
            ConfigPath = configPath;
            IsDefault = isDefault;
            Token = maskedToken;
        }

        public string Name { get; }
        public Uri ApiUrl { get; }
        public string ConfigPath { get; }
        public bool IsDefault { get; }

        /// <summary>The token, masked.</summary>
        public string Token { get; }

        public override string ToString() => $"{Name} ({ApiUrl})";
    }
}
