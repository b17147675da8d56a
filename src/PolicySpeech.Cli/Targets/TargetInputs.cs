using System.IO.Compression;
using System.Text.RegularExpressions;
using PolicySpeech.Cli.Batch;
using PolicySpeech.Semantics;

namespace PolicySpeech.Cli.Targets;

/// <summary>
/// Reads the targets of the command line's files, folders, zip archives and globs (listed as <c>batch</c> lists them, in
/// ordinal path order) into one <see cref="TargetTable"/>, with the outcome of every input. A document's year is
/// <c>--year</c>, else its date, else the year its text states, else the year its file name states.
/// </summary>
internal static partial class TargetInputs
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

    /// <summary>The year a file name states on its own (national-gwr-2018-013.txt, prov-2026_湖北省_政府工作报告.txt), 1949–2099, or null.</summary>
    internal static int? YearOfName(string path)
    {
        var match = YearInName().Match(System.IO.Path.GetFileNameWithoutExtension(path.Replace("!/", "/", StringComparison.Ordinal)));
        return match.Success && int.Parse(match.Value, CultureInfo.InvariantCulture) is var y and >= 1949 and <= 2099 ? y : null;
    }

    [GeneratedRegex("(?<![0-9])(19|20)[0-9]{2}(?![0-9])")]
    private static partial Regex YearInName();

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
                        archive = new ZipArchive(input.Open(), ZipArchiveMode.Read, leaveOpen: false);
                        archives[input.FilePath] = archive;
                    }

                    var (bytes, readError) = BatchWorker.ReadEntry(archive, input.EntryIndex, input.EntryName!);
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
                    using (var stream = input.Open())
                    {
                        document = SpeechDocument.Load(stream, input.Path);
                    }

                    break;
            }

            string text = document.Text.ToString();
            var table = TargetTable.FromText(text, input.Path, year ?? document.Metadata.Date?.Year);
            if (table.Wide[0].Year is null && YearOfName(input.Path) is { } named)
            {
                // No date and no year in the text (a national report that says only 今年): the year its file name states.
                table = TargetTable.FromText(text, input.Path, named);
            }

            return (table, "ok", null);
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
