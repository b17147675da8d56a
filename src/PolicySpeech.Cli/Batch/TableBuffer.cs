namespace PolicySpeech.Cli.Batch;

/// <summary>
/// The bytes one input adds to one table, written row by row: held in 64 KB chunks (never one array grown by doubling and
/// copied), and past <see cref="DefaultSpillBytes"/> moved to a temporary file, so a document with hundreds of thousands
/// of commitments or findings does not hold its tables in memory (issue #12: 62 MB of speech made 3.3 GB in batch).
/// </summary>
internal sealed class TableBuffer : IDisposable
{
    /// <summary>How many bytes a table keeps in memory before it moves to a temporary file (8 MB).</summary>
    public const long DefaultSpillBytes = 8L * 1024 * 1024;

    private const int ChunkBytes = 64 * 1024;
    private readonly long _spillBytes;
    private readonly List<byte[]> _chunks = [];
    private int _used = ChunkBytes;
    private FileStream? _spill;

    /// <summary>Creates an empty buffer.</summary>
    /// <param name="spillBytes">How many bytes it keeps in memory before it moves to a temporary file.</param>
    public TableBuffer(long spillBytes = DefaultSpillBytes)
    {
        _spillBytes = spillBytes;
    }

    /// <summary>How many bytes were written.</summary>
    public long Length { get; private set; }

    /// <summary>Whether the bytes are in a temporary file.</summary>
    public bool IsSpilled => _spill is not null;

    /// <summary>Adds bytes.</summary>
    /// <param name="bytes">The bytes.</param>
    public void Write(ReadOnlySpan<byte> bytes)
    {
        Length += bytes.Length;
        if (_spill is null && Length > _spillBytes)
        {
            Spill();
        }

        if (_spill is not null)
        {
            _spill.Write(bytes);
            return;
        }

        while (bytes.Length > 0)
        {
            if (_used == ChunkBytes)
            {
                _chunks.Add(new byte[ChunkBytes]);
                _used = 0;
            }

            int n = Math.Min(bytes.Length, ChunkBytes - _used);
            bytes[..n].CopyTo(_chunks[^1].AsSpan(_used));
            _used += n;
            bytes = bytes[n..];
        }
    }

    /// <summary>Writes the bytes to a stream, in the order they were added.</summary>
    /// <param name="stream">The stream.</param>
    public void WriteTo(Stream stream)
    {
        if (_spill is not null)
        {
            _spill.Flush();
            _spill.Position = 0;
            _spill.CopyTo(stream, ChunkBytes);
            return;
        }

        for (int i = 0; i < _chunks.Count; i++)
        {
            stream.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _used : ChunkBytes);
        }
    }

    /// <summary>The bytes as one array (for tests).</summary>
    /// <returns>The bytes.</returns>
    public byte[] ToArray()
    {
        using var copy = new MemoryStream();
        WriteTo(copy);
        return copy.ToArray();
    }

    /// <summary>Deletes the temporary file, if any.</summary>
    public void Dispose()
    {
        _spill?.Dispose();
        _spill = null;
        _chunks.Clear();
    }

    private void Spill()
    {
        string path = Path.Combine(Path.GetTempPath(), $"policyspeech-table-{Guid.NewGuid():N}.tmp");
        _spill = new FileStream(path, FileMode.CreateNew, FileAccess.ReadWrite, FileShare.Delete, ChunkBytes, FileOptions.DeleteOnClose);
        if (!OperatingSystem.IsWindows())
        {
            // Unlinked at once: the open handle keeps the bytes, and nothing is left behind even if the process is killed.
            File.Delete(path);
        }

        for (int i = 0; i < _chunks.Count; i++)
        {
            _spill.Write(_chunks[i], 0, i == _chunks.Count - 1 ? _used : ChunkBytes);
        }

        _chunks.Clear();
        _used = ChunkBytes;
    }
}
