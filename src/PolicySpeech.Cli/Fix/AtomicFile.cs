using System.Runtime.InteropServices;

namespace PolicySpeech.Cli.Fix;

/// <summary>
/// Writes a whole file or nothing: the bytes go to a temporary file in the same folder, which then replaces the target.
/// A symbolic link is written through: its final target is replaced and the link stays a link. A file with several hard
/// links is rewritten in place instead (same inode, so every name sees the fix; that write is not atomic).
/// </summary>
internal static class AtomicFile
{
    /// <summary>The file a path finally names: the path itself, or the target at the end of its symbolic links.</summary>
    public static string ResolveTarget(string path)
    {
        var full = Path.GetFullPath(path);
        var info = new FileInfo(full);
        return info.LinkTarget is null ? full : info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? full;
    }

    /// <summary>Whether a file is read-only: no write permission bit (Unix) or the read-only attribute (Windows).</summary>
    public static bool IsReadOnly(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            return (File.GetAttributes(path) & FileAttributes.ReadOnly) != 0;
        }

        const UnixFileMode anyWrite = UnixFileMode.UserWrite | UnixFileMode.GroupWrite | UnixFileMode.OtherWrite;
        return (File.GetUnixFileMode(path) & anyWrite) == 0;
    }

    /// <summary>Writes <paramref name="bytes"/> to the file <paramref name="path"/> names (through symbolic links).</summary>
    public static void Write(string path, byte[] bytes) => Write(path, stream => stream.Write(bytes));

    /// <summary>
    /// Writes what <paramref name="write"/> writes to its stream to the file <paramref name="path"/> names (through symbolic
    /// links): in place for a file with several hard links, else to a temporary file in the same folder renamed over it, so
    /// a reader never sees a half-written file and a failed write leaves the old file as it was.
    /// </summary>
    public static void Write(string path, Action<Stream> write)
    {
        var full = ResolveTarget(path);
        if (File.Exists(full) && LinkCount(full) > 1)
        {
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Write, FileShare.None);
            write(stream);
            stream.SetLength(stream.Position);
            stream.Flush(flushToDisk: true);
            return;
        }

        var folder = Path.GetDirectoryName(full) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(full)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            if (!OperatingSystem.IsWindows() && File.Exists(full))
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            }

            File.Move(temp, full, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp))
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>The number of hard links to a file, or 1 when it cannot be told (not 64-bit Linux).</summary>
    internal static long LinkCount(string path)
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8)
        {
            return 1;
        }

        // struct stat on 64-bit Linux: x86-64 has st_nlink (8 bytes) at 16; the generic layout (arm64, riscv64) has st_mode then a 4-byte st_nlink at 20.
        bool x64 = RuntimeInformation.ProcessArchitecture == Architecture.X64;
        var status = new byte[512];
        try
        {
            int result;
            try
            {
                result = Native.Stat(path, status);
            }
            catch (EntryPointNotFoundException)
            {
                result = Native.XStat(x64 ? 1 : 0, path, status); // glibc before 2.33
            }

            if (result != 0)
            {
                return 1;
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return 1;
        }

        return x64 ? BitConverter.ToInt64(status, 16) : BitConverter.ToUInt32(status, 20);
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Stat([MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);

        [DllImport("libc", EntryPoint = "__xstat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int XStat(int version, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, [Out] byte[] status);
    }
}
