using System;
using System.IO;
using System.Reflection;
using System.Runtime.InteropServices;
using System.Text;
using CeligoPS.Base;

namespace CeligoPS.Session
{
    /// <summary>
    /// Writes a file that holds a secret so that on Linux and macOS only its owner can read it (600,
    /// in a folder of 700 when the folder is new), the way ssh and the cloud CLIs keep credentials.
    /// The content goes to a new file that is restricted before anything is written to it, which then
    /// replaces the old one (WholeFile): there is no moment when the secret sits in a file others can
    /// read, a failure leaves the old file as it was, and a config file that is a symbolic link stays one.
    /// </summary>
    internal static class OwnerOnlyFile
    {
        private const int OwnerReadWrite = 0x180; // 0600
        private const int OwnerAll = 0x1C0;       // 0700

        public static void WriteAllText(string path, string text)
        {
            var folder = WholeFile.FolderOf(path, "Choose a path in a folder.");
            if (!Directory.Exists(folder))
            {
                Directory.CreateDirectory(folder);
                Restrict(folder, OwnerAll);
            }
            // Restricted before anything is written to it, then put in place whole (through a symlink).
            WholeFile.Write(path, new UTF8Encoding(false).GetBytes(text), temporary => Restrict(temporary, OwnerReadWrite));
        }

        /// <summary>
        /// Sets Unix permissions through File.SetUnixFileMode (.NET 7 and later, so every PowerShell 7
        /// that runs on Linux or macOS today); the module is built for netstandard2.0, hence reflection.
        /// Windows keeps the file in the user's profile, whose ACL already limits it to its owner.
        /// </summary>
        private static void Restrict(string path, int mode)
        {
            if (RuntimeInformation.IsOSPlatform(OSPlatform.Windows))
            {
                return;
            }
            var modeType = typeof(File).Assembly.GetType("System.IO.UnixFileMode");
            var setMode = modeType == null ? null : typeof(File).GetMethod("SetUnixFileMode", new[] { typeof(string), modeType });
            if (setMode == null)
            {
                throw new PlatformNotSupportedException(
                    $"Cannot make '{path}' readable by its owner only on this runtime, so the token was not saved. Use PowerShell 7.4 or later.");
            }
            try
            {
                setMode.Invoke(null, new[] { path, Enum.ToObject(modeType!, mode) });
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }
    }
}
