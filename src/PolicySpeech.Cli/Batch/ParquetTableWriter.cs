using Parquet;
using Parquet.Schema;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// Writes one Parquet table row by row: rows (text values, as the text tables hold them) are buffered and written as a
/// row group every <see cref="ParquetExporter.RowGroupSize"/> rows, so memory is bounded by one row group whatever the
/// table's length. <see cref="CompleteAsync"/> writes the last group (an empty one for an empty table) and closes the file.
/// </summary>
internal sealed class ParquetTableWriter : IAsyncDisposable
{
    private readonly DataField[] _fields;
    private readonly FileStream _stream;
    private readonly ParquetWriter _writer;
    private readonly List<string?[]> _buffer = new(1024);
    private bool _anyGroup;
    private bool _closed;

    private ParquetTableWriter(DataField[] fields, FileStream stream, ParquetWriter writer)
    {
        _fields = fields;
        _stream = stream;
        _writer = writer;
    }

    /// <summary>Creates (or overwrites) the file.</summary>
    public static async Task<ParquetTableWriter> CreateAsync(string path, DataField[] fields)
    {
        var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None);
        try
        {
            var writer = await ParquetWriter.CreateAsync(new ParquetSchema(fields), stream).ConfigureAwait(false);
            return new ParquetTableWriter(fields, stream, writer);
        }
        catch
        {
            await stream.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    /// <summary>Adds a row; writes a row group when the buffer is full.</summary>
    public async ValueTask AddAsync(string?[] row)
    {
        _buffer.Add(row);
        if (_buffer.Count == ParquetExporter.RowGroupSize)
        {
            await ParquetExporter.WriteGroupAsync(_writer, _fields, _buffer).ConfigureAwait(false);
            _anyGroup = true;
            _buffer.Clear();
        }
    }

    /// <summary>Writes the buffered rows and closes the file.</summary>
    public async Task CompleteAsync()
    {
        if (_buffer.Count > 0 || !_anyGroup)
        {
            await ParquetExporter.WriteGroupAsync(_writer, _fields, _buffer).ConfigureAwait(false);
            _anyGroup = true;
            _buffer.Clear();
        }

        await DisposeAsync().ConfigureAwait(false);
    }

    /// <summary>Closes the file (a table not completed is left unfinished; batch re-exports it on resume).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_closed)
        {
            return;
        }

        _closed = true;
        await _writer.DisposeAsync().ConfigureAwait(false);
        await _stream.DisposeAsync().ConfigureAwait(false);
    }
}
