using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using CeligoPS.Client.Api;

namespace CeligoPS.Base
{
    /// <summary>
    /// Where a command's downloads go. -Path names an existing folder (each download gets the file name
    /// the command gives it) or, where the command allows, one file in an existing folder. Everything
    /// that can be refused is refused before any request: a path off the file system, a folder that does
    /// not exist, a file that exists without -Force, and a second download onto a file this command
    /// already writes. Files are written whole or not at all (<see cref="WholeFile"/>).
    /// </summary>
    internal sealed class DownloadTarget
    {
        private readonly string _path;
        private readonly bool _force;
        private readonly bool _fileAllowed;
        private readonly string _what;

        // The files this command has written or is writing, and what each holds.
        private readonly Dictionary<string, string> _claimed = new Dictionary<string, string>(
            Environment.OSVersion.Platform == PlatformID.Win32NT ? StringComparer.OrdinalIgnoreCase : StringComparer.Ordinal);

        /// <exception cref="ArgumentException">-Path is off the file system, or (when <paramref name="fileAllowed"/> is false) not an existing folder.</exception>
        /// <param name="what">What one download is ("template"), for the messages.</param>
        public DownloadTarget(PSCmdlet cmdlet, string path, bool force, bool fileAllowed, string what)
        {
            var resolved = cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(path, out var provider, out _);
            if (provider.Name != "FileSystem")
            {
                throw new ArgumentException($"-Path '{path}' is in the {provider.Name} provider; give a folder{(fileAllowed ? " or file" : "")} path on the file system.");
            }
            if (!fileAllowed && !Directory.Exists(resolved))
            {
                throw new ArgumentException($"-Path '{path}' is not an existing folder. Create it first: each {what} is saved in it under its own name.");
            }
            _path = resolved;
            _force = force;
            _fileAllowed = fileAllowed;
            _what = what;
        }

        /// <summary>Whether -Path is a folder (else it names the one file to write).</summary>
        public bool IsFolder => Directory.Exists(_path);

        /// <summary>
        /// The file for one download: <paramref name="fileName"/> in the folder, or -Path itself.
        /// <paramref name="described"/> says what it holds, for the refusals.
        /// </summary>
        /// <exception cref="ArgumentException">The file already takes another download of this command, or its folder does not exist.</exception>
        /// <exception cref="IOException">The file exists and -Force was not given.</exception>
        public string FileFor(string fileName, string described)
        {
            string file;
            if (IsFolder)
            {
                file = Path.Combine(_path, FileNames.Safe(fileName));
            }
            else
            {
                var folder = WholeFile.FolderOf(_path, "Give -Path an existing folder or a file in one.");
                if (!Directory.Exists(folder))
                {
                    throw new ArgumentException($"The folder '{folder}' does not exist. Create it first, or give -Path an existing folder{(_fileAllowed ? " or a file in one" : "")}.");
                }
                file = Path.GetFullPath(_path);
            }
            if (_claimed.TryGetValue(file, out var earlier))
            {
                throw new ArgumentException($"'{file}' already takes {earlier} from this command, and one file holds one {_what}. " +
                    $"To save several, give -Path a folder: each {_what} gets a file of its own name.");
            }
            if (File.Exists(file) && !_force)
            {
                throw new IOException($"'{file}' already exists. Pass -Force to replace it (it is replaced only once the new file is complete), or choose another -Path.");
            }
            return file;
        }

        /// <summary>Marks the file as taken by a download that goes ahead (after ShouldProcess).</summary>
        public void Claim(string file, string described) => _claimed[file] = described;
    }
}
