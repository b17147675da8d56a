namespace PolicySpeech.Text;

/// <summary>
/// A run of bytes a loader could not decode and read as U+FFFD: a lone UTF-16 surrogate, an odd byte at the end of a
/// UTF-16 file, an invalid UTF-8 sequence after a UTF-8 byte order mark or in a file read with a forced encoding.
/// </summary>
/// <param name="Position">The offset of the U+FFFD in the decoded text.</param>
/// <param name="ByteOffset">The offset of the bytes in the file.</param>
/// <param name="Bytes">The bytes, as the decoder saw them (at most a few).</param>
internal readonly record struct UndecodableBytes(int Position, long ByteOffset, byte[] Bytes);
