using System;

namespace CeligoPS.Client
{
    /// <summary>The integrator.io regions. US and EU tenants are separate: a token works in one only.</summary>
    public enum CeligoRegion
    {
        US,
        EU,
    }

    public static class CeligoRegions
    {
        public static Uri BaseUri(CeligoRegion region) => region switch
        {
            CeligoRegion.EU => new Uri("https://api.eu.integrator.io/"),
            _ => new Uri("https://api.integrator.io/"),
        };

        /// <summary>The region a base URI belongs to, or null for anything else (an emulator, a proxy).</summary>
        public static CeligoRegion? FromBaseUri(Uri baseUri)
        {
            foreach (CeligoRegion region in Enum.GetValues(typeof(CeligoRegion)))
            {
                if (string.Equals(BaseUri(region).Host, baseUri.Host, StringComparison.OrdinalIgnoreCase))
                {
                    return region;
                }
            }
            return null;
        }
    }
}
