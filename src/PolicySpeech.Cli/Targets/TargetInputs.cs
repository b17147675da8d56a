using System.IO.Compression;
using PolicySpeech.Cli.Batch;
using PolicySpeech.Loading;
using PolicySpeech.Semantics;

namespace PolicySpeech.Cli.Targets;

/// <summary>
/// Reads the targets of the command line's files, folders, zip archives and globs (listed as <c>batch</c> lists them, in
/// ordinal path order) into one <see cref="TargetTable"/>, with the outcome of every input.
/// </summary>
internal static class TargetInputs
{
    /// <summary>Reads every input; one that cannot be read becomes an outcome with an error, never an exception.</summary>
    /// <param name="arguments">The inputs as given.</param>
    /// <param name="excluded">A folder never read as input (the output folder), or null.</param>
    /// <param name="year">The reference year to use for every document, or null to infer each one's.</param>
    /// <returns>The joined table and one outcome per input, in input order.</returns>
    /// <exception cref="CliUsageException">An argument names nothing that exists.</exception>
    public static (TargetTable Table, IReadOnlyList<TargetInputOutcome> Outcomes) Read(IEnumerable<string> arguments, string? excluded, int? year)
    {
        var inputs = InputEnumerator.Enumerate(arguments, excluded ?? Path.Combine(Path.GetTempPath(), "policyspeech-no-output-" + Guid.NewGuid().ToString("N")));
        var tables = new List<TargetTable>(inputs.Count);
        var outcomes = new List<TargetInputOutcome>(inputs.Count);
        var archives = new Dictionary<string, ZipArchive>(StringComparer.Ordinal);
        try
        {
            foreach (var input in inputs)
            {
                var (table, status, error) = ReadOne(input, archives, year);
                if (table is not null)
                {
                    tables.Add(table);
                }

                outcomes.Add(new TargetInputOutcome(input.Path, status, error, table?.Wide.FirstOrDefault(), table?.Rows.Length ?? 0));
            }
        }
        finally
        {
            foreach (var archive in archives.Values)
            {
                archive.Dispose();
            }
        }

        return (TargetTable.Combine(tables), outcomes);
    }

    private static (TargetTable? Table, string Status, string? Error) ReadOne(BatchInput input, Dictionary<string, ZipArchive> archives, int? year)
    {
        try
        {
            SpeechDocument document;
            switch (input.Kind)
            {
                case BatchInputKind.Skipped:
                    return (null, "skipped", input.Reason);
                case BatchInputKind.Failed:
                    return (null, "error", input.Reason);
                case BatchInputKind.ZipEntry:
                    if (!archives.TryGetValue(input.FilePath, out var archive))
                    {
                        archive = ZipFile.OpenRead(input.FilePath);
                        archives[input.FilePath] = archive;
                    }

                    var (bytes, readError) = BatchWorker.ReadEntry(archive, input.EntryName!);
                    if (bytes is null)
                    {
                        return (null, "error", readError);
                    }

                    using (var stream = new MemoryStream(bytes, writable: false))
                    {
                        document = SpeechDocument.Load(stream, input.Path);
                    }

                    break;
                default:
                    document = SpeechDocument.Load(input.FilePath);
                    break;
            }

            int? documentYear = year ?? document.Metadata.Date?.Year;
            return (TargetTable.FromText(document.Text.ToString(), input.Path, documentYear), "ok", null);
        }
        catch (SpeechLoadException ex)
        {
            return (null, "error", ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return (null, "error", $"the file cannot be read ({ex.Message})");
        }
    }
}
