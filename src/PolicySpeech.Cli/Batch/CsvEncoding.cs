namespace PolicySpeech.Cli.Batch;

/// <summary>
/// How CSV files are encoded: UTF-8 with a byte order mark, so that Excel opens the Chinese text right; pandas, DuckDB
/// and readr skip the mark and read the header's first column name unchanged. CSV written to standard output has no mark.
/// </summary>
internal static class CsvEncoding
{
    /// <summary>The encoding of CSV files (emits the byte order mark through <see cref="Encoding.GetPreamble"/> and <see cref="StreamWriter"/>).</summary>
    public static readonly UTF8Encoding File = new(encoderShouldEmitUTF8Identifier: true);

    /// <summary>The UTF-8 byte order mark a CSV file starts with.</summary>
    public static ReadOnlySpan<byte> ByteOrderMark => [0xEF, 0xBB, 0xBF];
}
