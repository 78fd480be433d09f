using System.Linq;
using System.Text.RegularExpressions;

namespace CeligoPS.Client.Api
{
    /// <summary>File names made from resource names, for downloads and integration folders alike.</summary>
    public static class FileNames
    {
        /// <summary>A file name Windows and Linux both take: reserved and control characters replaced, trailing dots and spaces dropped, device names prefixed.</summary>
        public static string Safe(string name)
        {
            var safe = new string(name.Select(c => c < 32 || "<>:\"/\\|?*".IndexOf(c) >= 0 ? '_' : c).ToArray()).TrimEnd('.', ' ');
            if (safe.Length == 0 || Regex.IsMatch(safe, @"^(con|prn|aux|nul|com\d|lpt\d)$", RegexOptions.IgnoreCase))
            {
                safe = "_" + safe;
            }
            return safe;
        }
    }
}
