namespace PolicySpeech.Cli.Commands;

/// <summary>
/// A write-only stream that decodes the UTF-8 written to it onto a <see cref="TextWriter"/> as it comes, so a report written
/// as bytes (JSON, SARIF) reaches standard output without being held whole in memory first, as a byte buffer and again as a
/// string. The characters are those <see cref="Encoding.UTF8"/>'s <c>GetString</c> gives for all the bytes at once: the
/// decoder keeps a sequence split between two writes.
/// </summary>
internal sealed class TextWriterStream(TextWriter writer) : Stream
{
    private readonly Decoder _decoder = new UTF8Encoding(false).GetDecoder();
    private char[] _chars = new char[4096];

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position
    {
        get => throw new NotSupportedException();
        set => throw new NotSupportedException();
    }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            int take = Math.Min(buffer.Length, 4096);
            int needed = _decoder.GetCharCount(buffer[..take], flush: false);
            if (needed > _chars.Length)
            {
                _chars = new char[needed];
            }

            int written = _decoder.GetChars(buffer[..take], _chars, flush: false);
            writer.Write(_chars, 0, written);
            buffer = buffer[take..];
        }
    }

    public override void WriteByte(byte value) => Write([value]);

    /// <summary>Flushes the writer; a sequence split between two writes stays in the decoder until the rest comes.</summary>
    public override void Flush() => writer.Flush();

    /// <summary>Writes out what the decoder still holds (an incomplete sequence at the end becomes U+FFFD, as <c>GetString</c> makes it).</summary>
    /// <param name="disposing">Whether called from <see cref="Stream.Dispose()"/>.</param>
    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            int written = _decoder.GetChars([], _chars, flush: true);
            writer.Write(_chars, 0, written);
            writer.Flush();
        }

        base.Dispose(disposing);
    }

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
