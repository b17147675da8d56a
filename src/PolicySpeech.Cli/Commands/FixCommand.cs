using System.CommandLine;
using PolicySpeech.Cli.Annotate;
using PolicySpeech.Cli.Fix;

namespace PolicySpeech.Cli.Commands;

/// <summary>
/// <c>policyspeech fix PATH [--dry-run] [--only IDs]</c>: applies the safe fixes (see <see cref="SafeFixes"/>) and writes
/// the file back in its own encoding and line endings, atomically; <c>--dry-run</c> prints a unified diff instead.
/// .docx and HTML files are refused (exit 2). Exit 0 when fixed (or nothing to fix), 1 when findings at error severity
/// remain, 2 for usage or input errors.
/// </summary>
internal static class FixCommand
{
    public static Command Create(CliContext context)
    {
        var paths = SharedOptions.Paths(
            "The speeches to fix: plain-text files (UTF-8, UTF-16 with BOM or GB18030/GBK), folders (every .txt below) or glob patterns ('dir/*.txt').",
            ArgumentArity.OneOrMore);
        var config = SharedOptions.Config();
        var dryRun = new Option<bool>("--dry-run", "-n") { Description = "Print the changes as a unified diff and leave the file alone." };
        var wordDiff = new Option<bool>("--word-diff") { Description = "With --dry-run: print each changed line once with the changed characters marked [-old-]{+new+} (for long lines), instead of the unified diff." };
        var only = new Option<string[]>("--only")
        {
            Description = "Apply only these rules' fixes (comma-separated or repeated), among " + string.Join(", ", SafeFixes.Ids) + ".",
        };
        var force = new Option<bool>("--force") { Description = "Rewrite the file even when it is read-only (its mode is kept)." };
        var command = SharedOptions.Verb(
            "fix",
            "Apply the safe fixes (punctuation width, quotation-mark and bracket pairs, look-alike typos, doubled words) in place, or show them with --dry-run.",
            paths, dryRun, wordDiff, only, config, force);
        command.SetAction(result => RunAll(context, result.GetRequiredValue(paths), result.GetValue(dryRun), result.GetValue(only), result.GetValue(config), result.GetValue(wordDiff), result.GetValue(force)));
        return command;
    }

    /// <summary>Fixes each file in turn; a file that cannot be fixed is reported and the others go on. The exit code is the worst.</summary>
    internal static int RunAll(CliContext context, IReadOnlyList<string> arguments, bool dryRun, IReadOnlyList<string>? only, string? configPath = null, bool wordDiff = false, bool force = false)
    {
        if (wordDiff && !dryRun)
        {
            throw new CliUsageException("--word-diff shows the changes of a dry run: add --dry-run");
        }

        if (arguments.Contains(InputPaths.StandardInput))
        {
            throw new CliUsageException("fix rewrites files in place and cannot fix standard input; run 'policyspeech check -' to see the findings");
        }

        SafeFixes.Parse(only);
        var configuration = configPath is null ? null : SpeechConfiguration.Load(configPath);
        // From folders and patterns only the plain-text files (the ones fix rewrites); a file named itself is always tried.
        var paths = InputPaths.Expand(arguments)
            .Where(p => arguments.Contains(p) || Path.GetExtension(p).Equals(".txt", StringComparison.OrdinalIgnoreCase))
            .ToList();
        if (paths.Count == 1)
        {
            return Run(context, paths[0], dryRun, only, configuration, wordDiff, force);
        }

        return GuardedAction.Each(context, paths, (path, _) => Run(context, path, dryRun, only, configuration, wordDiff, force));
    }

    internal static int Run(CliContext context, string path, bool dryRun, IReadOnlyList<string>? only, SpeechConfiguration? configuration = null, bool wordDiff = false, bool force = false)
    {
        var wanted = SafeFixes.Parse(only);
        if (!File.Exists(path))
        {
            throw new CliUsageException(Directory.Exists(path) ? $"'{path}' is a directory; fix takes one file" : $"'{path}' does not exist");
        }

        string extension = Path.GetExtension(path).ToLowerInvariant();
        if (extension is ".docx" or ".docm" or ".dotx")
        {
            throw RefuseDocx(path);
        }

        if (extension is ".htm" or ".html" or ".xhtml" or ".shtml")
        {
            throw RefuseHtml(path);
        }

        AnnotatedDocument analysis;
        try
        {
            analysis = configuration is null ? AnnotatedDocument.Load(path) : AnnotatedDocument.Analyse(SpeechDocument.Load(path), configuration, null);
        }
        catch (ConfigurationException ex)
        {
            throw new CliUsageException(ex.Message);
        }

        switch (analysis.Document.Format)
        {
            case SourceFormat.Docx:
                throw RefuseDocx(path);
            case SourceFormat.Html:
                throw RefuseHtml(path);
        }

        var text = analysis.Tree.Text;
        var candidates = analysis.Diagnostics.Where(d => SafeFixes.IsSafe(d, wanted)).ToList();
        var result = CodeFixes.FixAll(text, candidates);
        string oldText = text.ToString();
        string newText = result.Text.ToString();
        string summary = Summary(result, dryRun);

        if (dryRun)
        {
            string name = path.Replace('\\', '/');
            context.Out.Write(wordDiff ? InlineDiff.Create(oldText, newText, name) : UnifiedDiff.Create(oldText, newText, name, name));
            context.Error.WriteLine($"policyspeech: {path}: {summary} (dry run: the file was not changed; run without --dry-run to apply)");
        }
        else if (newText != oldText)
        {
            var encoding = text.Encoding ?? new UTF8Encoding(false);
            try
            {
                // A symbolic link is written through to its target: that is the file checked here.
                string target = AtomicFile.ResolveTarget(path);
                if (!force && AtomicFile.IsReadOnly(target))
                {
                    throw new CliUsageException($"{path}: the file is read-only; fix does not rewrite it (make it writable, or pass --force)");
                }

                if (FirstLossyByte(File.ReadAllBytes(target), encoding, oldText) is { } offset)
                {
                    throw new CliUsageException(string.Create(CultureInfo.InvariantCulture,
                        $"{path}: fix does not rewrite this file: its bytes do not decode losslessly as {encoding.WebName} (from byte {offset}: a lone UTF-16 surrogate, an odd trailing byte, or bytes that are invalid in that encoding), so writing it back would change bytes no fix asked for; convert it to valid UTF-8 first, or see the fixes with --dry-run"));
                }

                AtomicFile.Write(path, Encode(encoding, newText));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                throw new CliUsageException($"cannot write '{path}': {ex.Message}");
            }

            context.Error.WriteLine($"policyspeech: {path}: {summary}");
        }
        else
        {
            context.Error.WriteLine($"policyspeech: {path}: nothing to fix");
        }

        var applied = result.Applied.ToHashSet();
        bool errorsRemain = analysis.Diagnostics.Any(d => !d.IsSuppressed && d.Severity == DiagnosticSeverity.Error && !applied.Contains(d));
        return errorsRemain ? CliApp.ErrorFindings : CliApp.Ok;
    }

    private static byte[] Encode(Encoding encoding, string text)
    {
        var preamble = encoding.GetPreamble();
        var body = encoding.GetBytes(text);
        var bytes = new byte[preamble.Length + body.Length];
        preamble.CopyTo(bytes, 0);
        body.CopyTo(bytes, preamble.Length);
        return bytes;
    }

    /// <summary>The first byte at which the file differs from its decoded text encoded again (the decoding lost something), or null when it round-trips.</summary>
    private static long? FirstLossyByte(byte[] original, Encoding encoding, string decoded)
    {
        byte[] again = Encode(encoding, decoded);
        int common = original.AsSpan().CommonPrefixLength(again);
        return common == original.Length && common == again.Length ? null : common;
    }

    private static CliUsageException RefuseDocx(string path) =>
        new($"{path}: fix does not rewrite .docx files (Word splits text into runs and fields, so an edit could damage the document); run 'policyspeech check {path}' and apply the fixes in Word, or fix a .txt export");

    private static CliUsageException RefuseHtml(string path) =>
        new($"{path}: fix does not rewrite HTML files (the text is spread over markup and entities); run 'policyspeech check {path}' and edit the page's source");

    private static string Summary(FixAllResult result, bool dryRun)
    {
        var ci = CultureInfo.InvariantCulture;
        if (result.Applied.IsEmpty)
        {
            return "no safe fixes to apply";
        }

        var byId = result.Applied.GroupBy(d => d.Id, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => string.Create(ci, $"{g.Key} ×{g.Count()}"));
        string skipped = result.Skipped.IsEmpty ? "" : string.Create(ci, $"; {result.Skipped.Length} {(dryRun ? "would be " : "")}skipped because they overlap an earlier fix");
        return string.Create(ci, $"{(dryRun ? "would apply" : "applied")} {result.Applied.Length} fixes ({string.Join(", ", byId)}){skipped}");
    }
}
