using System.Buffers;
using System.IO.Compression;
using PolicySpeech.Output;

namespace PolicySpeech.Cli.Batch;

/// <summary>Loads one input, processes it, and serialises its rows; a failure of any kind becomes an <c>error</c> row, never an exception.</summary>
internal sealed class BatchWorker(DocumentProcessor processor)
{
    /// <summary>Reads a zip entry into memory, at most <see cref="LoadOptions.MaxFileBytes"/> bytes whatever the entry declares (zip-bomb safe).</summary>
    public static (byte[]? Bytes, string? Error) ReadEntry(ZipArchive archive, int entryIndex, string entryName)
    {
        try
        {
            // By position: two entries may have the same name, and GetEntry would return the first for both.
            var entries = archive.Entries;
            var entry = entryIndex >= 0 && entryIndex < entries.Count && string.Equals(entries[entryIndex].FullName, entryName, StringComparison.Ordinal)
                ? entries[entryIndex]
                : archive.GetEntry(entryName);
            if (entry is null)
            {
                return (null, "the zip entry is missing");
            }

            long limit = LoadOptions.Default.MaxFileBytes;
            if (entry.Length > limit)
            {
                return (null, $"the zip entry is {entry.Length} bytes, larger than the limit of {limit} bytes");
            }

            using var stream = entry.Open();
            using var buffer = new MemoryStream((int)Math.Min(entry.Length, limit) + 1);
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > limit)
                {
                    return (null, $"the zip entry expands to more than the limit of {limit} bytes");
                }

                buffer.Write(chunk, 0, read);
            }

            return (buffer.ToArray(), null);
        }
        catch (Exception ex) when (ex is InvalidDataException or IOException or NotSupportedException)
        {
            return (null, $"the zip entry cannot be read ({ex.Message})");
        }
    }

    /// <summary>Processes one input.</summary>
    public DocumentOutput Process(WorkItem item, BatchFormats formats, CancellationToken cancellationToken)
    {
        var input = item.Input;
        ProcessedDocument? processed = null;
        DocumentRow row;
        long? bytes = item.Bytes?.LongLength;
        try
        {
            switch (input.Kind)
            {
                case BatchInputKind.Skipped:
                    row = Failure(input.Path, "skipped", input.Reason, bytes);
                    break;
                case BatchInputKind.Failed:
                    row = Failure(input.Path, "error", input.Reason, bytes);
                    break;
                case BatchInputKind.ZipEntry when item.Bytes is null:
                    row = Failure(input.Path, "error", item.ReadError, bytes);
                    break;
                default:
                    SpeechDocument document;
                    if (item.Bytes is { } entryBytes)
                    {
                        using var stream = new MemoryStream(entryBytes, writable: false);
                        document = SpeechDocument.Load(stream, input.Path);
                    }
                    else
                    {
                        using var stream = input.Open();
                        bytes = stream.Length;
                        document = SpeechDocument.Load(stream, input.Path);
                    }

                    processed = processor.Process(document, input.Path, bytes ?? 0, cancellationToken);
                    row = processed.Row;
                    break;
            }
        }
        catch (SpeechLoadException ex)
        {
            row = Failure(input.Path, "error", StripPath(ex.Message, input.Path), bytes);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            row = Failure(input.Path, "error", $"the file cannot be read ({ex.Message})", bytes);
        }
        catch (PolicySpeech.Diagnostics.ConfigurationException ex)
        {
            row = Failure(input.Path, "error", $"its configuration is invalid: {ex.Message}", bytes);
        }
        catch (Exception ex)
        {
            row = Failure(input.Path, "error", $"internal error while processing: {ex.GetType().Name}: {ex.Message}", bytes);
        }

        return Serialize(item.Index, row, processed, formats);
    }

    private static DocumentOutput Serialize(int index, DocumentRow row, ProcessedDocument? processed, BatchFormats formats)
    {
        var tables = new TableBuffer[BatchTables.All.Length];
        for (int i = 0; i < tables.Length; i++)
        {
            tables[i] = new TableBuffer();
        }

        tables[(int)BatchTable.Documents].Write(Encoding.UTF8.GetBytes(RowSerializer.ToCsv(row)));
        if (processed is null)
        {
            return new DocumentOutput(index, row, tables, 0)
            {
                ParquetRows = formats.HasFlag(BatchFormats.Parquet) ? [[ParquetExporter.DocumentValues(row)], [], []] : null,
            };
        }

        // Row by row into the tables' buffers: one row's bytes at a time, never a whole table as a string, then its bytes.
        if (formats.HasFlag(BatchFormats.Csv))
        {
            var csv = new StringBuilder();
            foreach (var commitment in processed.Commitments)
            {
                csv.Clear();
                TableRows.AppendCsv(csv, CommitmentTable.Columns, commitment);
                tables[(int)BatchTable.CommitmentsCsv].Write(Encoding.UTF8.GetBytes(csv.ToString()));
            }
        }

        var buffer = new ArrayBufferWriter<byte>();
        foreach (var commitment in processed.Commitments)
        {
            buffer.ResetWrittenCount();
            TableRows.AppendJson(buffer, CommitmentTable.Columns, commitment);
            tables[(int)BatchTable.CommitmentsJsonl].Write(buffer.WrittenSpan);
        }

        foreach (var diagnostic in processed.Diagnostics)
        {
            buffer.ResetWrittenCount();
            RowSerializer.AppendJson(buffer, diagnostic);
            tables[(int)BatchTable.Diagnostics].Write(buffer.WrittenSpan);
        }

        foreach (var paragraph in processed.Paragraphs)
        {
            buffer.ResetWrittenCount();
            RowSerializer.AppendJson(buffer, paragraph);
            tables[(int)BatchTable.ParagraphHashes].Write(buffer.WrittenSpan);
        }

        return new DocumentOutput(index, row, tables, processed.ErrorDiagnostics)
        {
            Paragraphs = processed.Paragraphs,
            ParquetRows = formats.HasFlag(BatchFormats.Parquet)
                ? [
                    [ParquetExporter.DocumentValues(row)],
                    [.. processed.Commitments.Select(ParquetExporter.CommitmentValues)],
                    [.. processed.Diagnostics.Select(ParquetExporter.DiagnosticValues)],
                ]
                : null,
        };
    }

    private static DocumentRow Failure(string path, string status, string? reason, long? bytes) =>
        new(path, status, reason ?? "unknown error", null, null, bytes, null, null, null, null, null, null);

    private static string StripPath(string message, string path) =>
        message.StartsWith(path + ": ", StringComparison.Ordinal) ? message[(path.Length + 2)..] : message;
}
