using System;
using System.IO;
using System.Reflection;
using System.Threading.Tasks;

namespace CeligoPS.Base
{
    /// <summary>
    /// Writes a file whole or not at all. The content goes to a new, uniquely named file beside the
    /// target (never a name a user might have, never an existing file), which then takes the target's
    /// place in one step: until then the old file is untouched, and a failure leaves it as it was. A
    /// target that is a symbolic link is written through, so the link stays a link.
    /// </summary>
    internal static class WholeFile
    {
        /// <param name="prepare">Runs on the new file before anything is written to it (to restrict who may read it).</param>
        public static async Task WriteAsync(string path, Func<Stream, Task> write, Action<string>? prepare = null)
        {
            var target = FinalTarget(Path.GetFullPath(path));
            var folder = Path.GetDirectoryName(target)!;
            var temporary = Path.Combine(folder, "." + Path.GetFileName(target) + "." + Guid.NewGuid().ToString("N").Substring(0, 12) + ".partial");
            try
            {
                using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
                {
                    prepare?.Invoke(temporary);
                    await write(stream).ConfigureAwait(false);
                }
                if (File.Exists(target))
                {
                    File.Replace(temporary, target, null);
                }
                else
                {
                    File.Move(temporary, target);
                }
            }
            finally
            {
                if (File.Exists(temporary))
                {
                    File.Delete(temporary);
                }
            }
        }

        /// <summary>
        /// The folder a file at <paramref name="path"/> goes in. A file standing where that folder should
        /// be is refused before anything is written, saying so, and <paramref name="advice"/>.
        /// </summary>
        public static string FolderOf(string path, string advice)
        {
            var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
            if (File.Exists(folder))
            {
                throw new ArgumentException($"'{folder}' is a file, not a folder, so '{Path.GetFileName(path)}' cannot be written inside it. {advice}");
            }
            return folder;
        }

        public static void Write(string path, byte[] content, Action<string>? prepare = null) =>
            WriteAsync(path, stream => stream.WriteAsync(content, 0, content.Length), prepare).GetAwaiter().GetResult();

        /// <summary>
        /// The file a path ends at, through symbolic links (FileSystemInfo.ResolveLinkTarget, .NET 6 and
        /// later; the module is built for netstandard2.0, hence reflection). Elsewhere the path itself.
        /// </summary>
        private static string FinalTarget(string path)
        {
            var resolve = typeof(FileSystemInfo).GetMethod("ResolveLinkTarget", new[] { typeof(bool) });
            if (resolve == null || !File.Exists(path))
            {
                return path;
            }
            try
            {
                return resolve.Invoke(new FileInfo(path), new object[] { true }) is FileSystemInfo final ? final.FullName : path;
            }
            catch (TargetInvocationException e) when (e.InnerException != null)
            {
                throw e.InnerException;
            }
        }
    }
}
