using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// The few POSIX calls batch needs that .NET does not offer: the canonical path of a folder (to walk each folder once
/// whatever symbolic links lead to it), the raw bytes of file names that are not valid UTF-8 (which .NET shows as U+FFFD
/// and cannot open), and the file type (so a named pipe or a device is reported instead of blocking a worker). Every call
/// degrades to "cannot tell" (<see langword="null"/>) on a platform without it.
/// </summary>
internal static class NativeFiles
{
    private const int DirectoryEntryType = 4;
    private const int OpenCloseOnExec = 0x80000;
    private static readonly UTF8Encoding StrictUtf8 = new(false, throwOnInvalidBytes: true);

    /// <summary>The canonical absolute path of an existing folder (symbolic links resolved), or <see langword="null"/>.</summary>
    public static string? RealPath(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            try
            {
                var info = new DirectoryInfo(path);
                return (info.LinkTarget is null ? info : info.ResolveLinkTarget(returnFinalTarget: true) ?? info).FullName;
            }
            catch (IOException)
            {
                return null;
            }
        }

        try
        {
            IntPtr resolved = Native.RealPath(path, IntPtr.Zero);
            if (resolved == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                return Marshal.PtrToStringUTF8(resolved);
            }
            finally
            {
                Native.Free(resolved);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The names in a folder whose bytes are not valid UTF-8, with whether each is a folder; <see langword="null"/> when
    /// the folder cannot be listed this way (not Linux, or the call failed).
    /// </summary>
    public static List<(byte[] Name, bool IsDirectory)>? InvalidUtf8Names(string directory)
    {
        if (!OperatingSystem.IsLinux() || IntPtr.Size != 8)
        {
            return null;
        }

        try
        {
            IntPtr handle = Native.OpenDir(Terminated(Encoding.UTF8.GetBytes(directory)));
            if (handle == IntPtr.Zero)
            {
                return null;
            }

            try
            {
                var names = new List<(byte[] Name, bool IsDirectory)>();
                IntPtr entry;
                while ((entry = Native.ReadDir(handle)) != IntPtr.Zero)
                {
                    // glibc and musl on 64-bit Linux: d_ino (8), d_off (8), d_reclen (2), d_type (1), d_name.
                    const int nameOffset = 19;
                    var name = new List<byte>();
                    for (int i = nameOffset; i < nameOffset + 256; i++)
                    {
                        byte b = Marshal.ReadByte(entry, i);
                        if (b == 0)
                        {
                            break;
                        }

                        name.Add(b);
                    }

                    byte[] bytes = [.. name];
                    if (!IsValidUtf8(bytes))
                    {
                        names.Add((bytes, Marshal.ReadByte(entry, 18) == DirectoryEntryType));
                    }
                }

                return names;
            }
            finally
            {
                _ = Native.CloseDir(handle);
            }
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>Whether bytes are valid UTF-8.</summary>
    public static bool IsValidUtf8(byte[] bytes)
    {
        try
        {
            _ = StrictUtf8.GetCharCount(bytes);
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>A name for display: its valid UTF-8 as text, every other byte as <c>\xFF</c>.</summary>
    public static string Escape(byte[] name)
    {
        var builder = new StringBuilder(name.Length * 2);
        int i = 0;
        while (i < name.Length)
        {
            int length = Utf8SequenceLength(name, i);
            if (length > 0)
            {
                builder.Append(Encoding.UTF8.GetString(name, i, length));
                i += length;
            }
            else
            {
                builder.Append(System.Globalization.CultureInfo.InvariantCulture, $"\\x{name[i]:X2}");
                i++;
            }
        }

        return builder.ToString();
    }

    /// <summary>Why a path (given as bytes, or as text when <paramref name="nativePath"/> is null) is not a regular file, following links; <see langword="null"/> when it is one or cannot be told.</summary>
    public static string? NotRegularFileReason(string path, byte[]? nativePath) =>
        FileChecks.NotRegularFileReason(Terminated(nativePath ?? Encoding.UTF8.GetBytes(path)));

    /// <summary>Opens a file whose path is given as bytes for reading.</summary>
    /// <exception cref="IOException">The file cannot be opened.</exception>
    public static FileStream OpenRead(byte[] nativePath)
    {
        int descriptor;
        try
        {
            descriptor = Native.Open(Terminated(nativePath), OpenCloseOnExec);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            throw new IOException("the file name is not valid UTF-8 and this platform cannot open it by its bytes", ex);
        }

        if (descriptor < 0)
        {
            throw new IOException($"the file cannot be opened (errno {Marshal.GetLastPInvokeError()})");
        }

        return new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Read, 81920);
    }

    /// <summary>Creates (or truncates) a file whose path is given as bytes and writes <paramref name="content"/>; for tests.</summary>
    public static void WriteAllBytes(byte[] nativePath, byte[] content)
    {
        const int writeOnly = 1;
        const int create = 0x40;
        const int truncate = 0x200;
        int descriptor = Native.Open(Terminated(nativePath), writeOnly | create | truncate | OpenCloseOnExec, 420);
        if (descriptor < 0)
        {
            throw new IOException($"cannot create the file (errno {Marshal.GetLastPInvokeError()})");
        }

        using var stream = new FileStream(new SafeFileHandle(descriptor, ownsHandle: true), FileAccess.Write);
        stream.Write(content);
    }

    private static byte[] Terminated(byte[] bytes) => [.. bytes, 0];

    private static int Utf8SequenceLength(byte[] bytes, int start)
    {
        for (int length = 1; length <= 4 && start + length <= bytes.Length; length++)
        {
            try
            {
                if (StrictUtf8.GetCharCount(bytes, start, length) > 0)
                {
                    return length;
                }
            }
            catch (DecoderFallbackException)
            {
                // An incomplete or invalid sequence: try a longer one.
            }
        }

        return 0;
    }

    private static class Native
    {
        [DllImport("libc", EntryPoint = "realpath", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern IntPtr RealPath([MarshalAs(UnmanagedType.LPUTF8Str)] string path, IntPtr resolved);

        [DllImport("libc", EntryPoint = "free")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern void Free(IntPtr pointer);

        [DllImport("libc", EntryPoint = "opendir", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern IntPtr OpenDir(byte[] path);

        [DllImport("libc", EntryPoint = "readdir", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern IntPtr ReadDir(IntPtr directory);

        [DllImport("libc", EntryPoint = "closedir")]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int CloseDir(IntPtr directory);

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Open(byte[] path, int flags, int mode = 0);
    }
}
