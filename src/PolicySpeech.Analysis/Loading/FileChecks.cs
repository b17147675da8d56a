using System.Runtime.InteropServices;
using System.Text;

namespace PolicySpeech.Loading;

/// <summary>
/// Checks a path before it is opened, so that a named pipe, a device (<c>/dev/zero</c>) or a folder never blocks or
/// exhausts memory, and reads small files (configuration, baselines) with a size limit.
/// </summary>
internal static class FileChecks
{
    private const int TypeMask = 0xF000;

    /// <summary>The file type bits of a portable stat mode (<c>S_IFMT</c>).</summary>
    private enum FileType
    {
        Fifo = 0x1000,
        CharacterDevice = 0x2000,
        Directory = 0x4000,
        BlockDevice = 0x6000,
        Regular = 0x8000,
        Socket = 0xC000,
    }

    /// <summary>Why a path is not a regular file (following symbolic links), or <see langword="null"/> when it is one or cannot be told.</summary>
    /// <param name="path">The path.</param>
    /// <returns>A short reason such as "the path is a named pipe (FIFO), not a regular file".</returns>
    internal static string? NotRegularFileReason(string path)
    {
        if (System.IO.Directory.Exists(path))
        {
            return "the path is a directory, not a file";
        }

        return NotRegularFileReason([.. Encoding.UTF8.GetBytes(path), 0]);
    }

    /// <summary>
    /// Why a path given as the bytes of its name (NUL-terminated; a name need not be valid UTF-8) is not a regular file,
    /// following symbolic links; <see langword="null"/> when it is one or cannot be told (on Windows, or without the runtime's
    /// native library).
    /// </summary>
    /// <param name="nativePath">The path's bytes, ending in a NUL byte.</param>
    /// <returns>A short reason such as "the path is a named pipe (FIFO), not a regular file".</returns>
    internal static string? NotRegularFileReason(byte[] nativePath)
    {
        if (OperatingSystem.IsWindows())
        {
            return null;
        }

        FileType type;
        try
        {
            // The runtime's own portable stat (System.Native): Flags (int32), then Mode with portable S_IF* bits.
            var status = new byte[256];
            if (NativeMethods.Stat(nativePath, status) != 0)
            {
                return null;
            }

            type = (FileType)(BitConverter.ToInt32(status, 4) & TypeMask);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }

        return type switch
        {
            FileType.Regular => null,
            FileType.Directory => "the path is a directory, not a file",
            FileType.Fifo => "the path is a named pipe (FIFO), not a regular file",
            FileType.CharacterDevice or FileType.BlockDevice => "the path is a device, not a regular file",
            FileType.Socket => "the path is a socket, not a regular file",
            _ => "the path is not a regular file",
        };
    }

    /// <summary>Reads a whole regular file of at most <paramref name="maxBytes"/> bytes.</summary>
    /// <param name="path">The file.</param>
    /// <param name="maxBytes">The limit.</param>
    /// <returns>The bytes.</returns>
    /// <exception cref="IOException">The path is not a regular file, is larger than the limit, or the read failed (the message says which).</exception>
    /// <exception cref="UnauthorizedAccessException">Access was denied.</exception>
    internal static byte[] ReadLimited(string path, long maxBytes)
    {
        if (NotRegularFileReason(path) is { } reason)
        {
            throw new IOException(reason);
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 4096, FileOptions.SequentialScan);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new IOException($"the file is larger than the limit of {maxBytes} bytes");
            }
        }

        return buffer.ToArray();
    }

    private static class NativeMethods
    {
        [DllImport("libSystem.Native", EntryPoint = "SystemNative_Stat", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        internal static extern int Stat(byte[] path, [Out] byte[] status);
    }
}
