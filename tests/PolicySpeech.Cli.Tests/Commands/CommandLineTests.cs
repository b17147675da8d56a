using System.Text.Json;

namespace PolicySpeech.Cli.Tests.Commands;

/// <summary>Issue #13: the command line behaves as ruff, eslint and markdownlint users expect.</summary>
public sealed class CommandLineTests : IDisposable
{
    private const string Redacted = "在全省工作会议上的讲话\n\n同志们：\n\n今年确保新增就业**万人以上。\n";
    private const string Commas = "在全省工作会议上的讲话\n\n同志们：\n\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-cli-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Fact]
    public void EveryVerbTakesFoldersGlobsAndSeveralFiles()
    {
        string a = Write("speeches/a.txt", Redacted);
        string b = Write("speeches/sub/b.txt", Redacted.Replace("就业", "岗位", StringComparison.Ordinal));
        Write("speeches/notes.md", "# not a speech");
        string folder = Path.Combine(_dir, "speeches");

        var dir = CliRunner.Run("check", folder);
        Assert.Equal(0, dir.ExitCode);
        Assert.Contains(a.Replace('\\', '/') + "(5,9): warning PS1001", dir.Out, StringComparison.Ordinal);
        Assert.Contains(b.Replace('\\', '/') + "(5,9): warning PS1001", dir.Out, StringComparison.Ordinal);

        var glob = CliRunner.Run("check", folder + "/*.txt");
        Assert.Equal(0, glob.ExitCode);
        Assert.Contains("a.txt(5,9)", glob.Out, StringComparison.Ordinal);
        Assert.DoesNotContain("b.txt", glob.Out, StringComparison.Ordinal);
        Assert.Contains("b.txt", CliRunner.Run("check", folder + "/**/*.txt").Out, StringComparison.Ordinal);

        var parse = CliRunner.Run("parse", a, b);
        Assert.Equal(0, parse.ExitCode);
        Assert.Equal(2, parse.Out.Split("在全省工作会议上的讲话").Length - 1);

        var annotate = CliRunner.Run("annotate", folder, "--color", "never");
        Assert.Equal(0, annotate.ExitCode);
        Assert.Equal(2, annotate.Out.Split("Findings by rule").Length - 1);
        Assert.Equal(2, CliRunner.Run("annotate", folder, "--html", Path.Combine(_dir, "x.html")).ExitCode);

        var extract = CliRunner.Run("extract", folder, "-f", "jsonl");
        Assert.Equal(0, extract.ExitCode);
        Assert.Equal(2, extract.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        string fa = Write("fix/a.txt", "在全省工作会议上的讲话\n\n同志们：\n\n我们要抓好就业,稳定增长。\n");
        string fb = Write("fix/b.txt", "在全省工作会议上的讲话\n\n同志们：\n\n我们要抓好教育,稳定增长。\n");
        var dry = CliRunner.Run("fix", fa, fb, "--dry-run");
        Assert.Equal(0, dry.ExitCode);
        Assert.Contains("a.txt: would apply 1 fixes", dry.Error, StringComparison.Ordinal);
        Assert.Contains("b.txt: would apply 1 fixes", dry.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("applied", dry.Error, StringComparison.Ordinal);
        Assert.Contains("抓好就业,", File.ReadAllText(fa), StringComparison.Ordinal);

        // A word-level (here: character-level) diff for long lines: the change and a little context, once per line.
        string longLine = Write("long/a.txt", "在全省工作会议上的讲话\n\n同志们：\n\n" + new string('好', 300) + "抓好就业,稳定增长" + new string('好', 300) + "。\n");
        var word = CliRunner.Run("fix", longLine, "--dry-run", "--word-diff");
        Assert.Equal(0, word.ExitCode);
        string changed = Assert.Single(word.Out.TrimEnd('\n').Split('\n'));
        Assert.StartsWith(longLine.Replace('\\', '/') + ":5: ", changed, StringComparison.Ordinal);
        Assert.Contains("抓好就业[-,-]{+，+}稳定增长", changed, StringComparison.Ordinal);
        Assert.True(changed.Length < 150, changed);
        Assert.Equal(2, CliRunner.Run("fix", longLine, "--word-diff").ExitCode);

        var fix = CliRunner.Run("fix", Path.Combine(_dir, "fix"));
        Assert.Equal(0, fix.ExitCode);
        Assert.Contains("applied 1 fixes", fix.Error, StringComparison.Ordinal);
        Assert.Contains("抓好就业，", File.ReadAllText(fa), StringComparison.Ordinal);
        Assert.Contains("抓好教育，", File.ReadAllText(fb), StringComparison.Ordinal);

        // A folder with no speech is a usage error that names it.
        Directory.CreateDirectory(Path.Combine(_dir, "none"));
        var none = CliRunner.Run("check", Path.Combine(_dir, "none"));
        Assert.Equal(2, none.ExitCode);
        Assert.Contains("none", none.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void DashReadsStandardInputAndAFailureWritesNothingToStandardOutput()
    {
        var check = CliRunner.RunWithInput(Redacted, "check", "-");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("-(5,9): warning PS1001", check.Out, StringComparison.Ordinal);

        var extract = CliRunner.RunWithInput(Redacted, "extract", "-", "-f", "jsonl");
        Assert.Equal(0, extract.ExitCode);
        Assert.Equal("-", JsonDocument.Parse(extract.Out.Split('\n')[0]).RootElement.GetProperty("path").GetString());

        var parse = CliRunner.RunWithInput(Redacted, "parse", "-");
        Assert.Equal(0, parse.ExitCode);
        Assert.Contains("在全省工作会议上的讲话", parse.Out, StringComparison.Ordinal);

        var annotate = CliRunner.RunWithInput(Redacted, "annotate", "-", "--color", "never");
        Assert.Contains("PS1001", annotate.Out, StringComparison.Ordinal);

        string missing = Path.Combine(_dir, "missing.txt");
        foreach (string verb in new[] { "check", "extract", "parse" })
        {
            var failed = CliRunner.Run(verb, missing, "-f", verb == "parse" ? "x" : "json");
            var plain = verb == "parse" ? CliRunner.Run(verb, missing) : failed;
            Assert.Equal(2, plain.ExitCode);
            Assert.Equal("", plain.Out);
            Assert.Contains("missing.txt", plain.Error, StringComparison.Ordinal);
        }

        Assert.Equal(2, CliRunner.RunWithInput(Redacted, "fix", "-").ExitCode);
    }

    [Fact]
    public void SharedOptionsHaveTheSameNamesOnEveryVerbAndEveryHelpStatesTheExitCodes()
    {
        var expected = new Dictionary<string, string[]>
        {
            ["check"] = ["-c, --config", "-y, --year", "-o, --output", "--select", "--ignore", "--severity", "-q, --quiet", "--max-warnings", "--color"],
            ["extract"] = ["-y, --year", "-o, --output", "-f, --format"],
            ["annotate"] = ["-c, --config", "-y, --year", "--color", "--select", "--ignore", "--severity", "--html"],
            ["batch"] = ["-c, --config", "-y, --year", "-o, --out, --output", "-j, --jobs", "-f, --format", "--fail-on-error", "--include-skipped"],
            ["fix"] = ["-c, --config", "-n, --dry-run"],
            ["parse"] = ["-o, --output"],
        };
        foreach (var (verb, options) in expected)
        {
            var help = CliRunner.Run(verb, "--help");
            Assert.Equal(0, help.ExitCode);
            Assert.Contains("Exit codes: 0 = ran", help.Out, StringComparison.Ordinal);
            foreach (string option in options)
            {
                Assert.True(help.Out.Contains(option, StringComparison.Ordinal) || help.Out.Contains(string.Join(", ", option.Split(", ").Reverse()), StringComparison.Ordinal), $"{verb} --help lacks {option}:\n{help.Out}");
            }
        }

        Assert.Contains("Exit codes", CliRunner.Run("merge", "--help").Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckSelectsIgnoresAndSummarises()
    {
        string path = Write("speech.txt", Commas + string.Concat(Enumerable.Range(0, 8).Select(i => $"第{i}项工作要抓好就业,稳定增长,确保新增就业**万人以上。\n\n")));
        var all = CliRunner.Run("check", path);
        Assert.Equal(0, all.ExitCode);
        var lines = all.Out.TrimEnd('\n').Split('\n');
        var findingLines = lines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"\(\d+,\d+\): ")).ToList();
        int ps3003 = findingLines.Count(l => l.Contains(" PS3003: ", StringComparison.Ordinal));
        int ps1001 = findingLines.Count(l => l.Contains(" PS1001: ", StringComparison.Ordinal));
        Assert.True(ps3003 >= 16 && ps1001 >= 8, all.Out);
        string summary = lines[^1];
        int findings = findingLines.Count;
        Assert.Equal(ps3003 + ps1001, findings);
        Assert.StartsWith($"{findings} findings in 1 document: ", summary, StringComparison.Ordinal);
        Assert.Contains($"PS3003 ×{ps3003}", summary, StringComparison.Ordinal);
        Assert.Contains($"PS1001 ×{ps1001}", summary, StringComparison.Ordinal);
        Assert.Contains("warnings", summary, StringComparison.Ordinal);

        var select = CliRunner.Run("check", path, "--select", "PS3");
        Assert.All(select.Out.TrimEnd('\n').Split('\n').SkipLast(1), l => Assert.Contains(" PS3", l, StringComparison.Ordinal));
        var ignore = CliRunner.Run("check", path, "--ignore", "PS3003,PS1");
        Assert.DoesNotContain(" PS3003: ", ignore.Out, StringComparison.Ordinal);
        Assert.DoesNotContain(" PS1001: ", ignore.Out, StringComparison.Ordinal);
        var severity = CliRunner.Run("check", path, "--severity", "error");
        Assert.Equal("", severity.Out);
        var quiet = CliRunner.Run("check", path, "--quiet");
        Assert.Equal(lines.Length - 1, quiet.Out.TrimEnd('\n').Split('\n').Length);
        Assert.Equal(2, CliRunner.Run("check", path, "--select", "PS3-003").ExitCode);

        // JSON stays parseable: the summary goes to standard error.
        var json = CliRunner.Run("check", path, "-f", "json");
        JsonDocument.Parse(json.Out).Dispose();
        Assert.Contains("policyspeech: " + summary, json.Error, StringComparison.Ordinal);

        var max = CliRunner.Run("check", path, "--max-warnings", "3");
        Assert.Equal(1, max.ExitCode);
        Assert.Contains("more than --max-warnings 3", max.Error, StringComparison.Ordinal);
        Assert.Equal(0, CliRunner.Run("check", path, "--max-warnings", "1000").ExitCode);

        // Colour only when asked (or on a terminal without NO_COLOR): never in redirected output by default.
        Assert.DoesNotContain('\u001b', all.Out);
        var colour = CliRunner.Run("check", path, "--color", "always");
        Assert.Contains("\u001b[33mwarning PS1001\u001b[0m", colour.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckReportsTheReferenceYearExtractGives()
    {
        var check = CliRunner.Run("check", RepoPaths.Seed, "-f", "json");
        var extract = CliRunner.Run("extract", RepoPaths.Seed, "-f", "json");
        var c = JsonDocument.Parse(check.Out).RootElement.GetProperty("documents")[0];
        var e = JsonDocument.Parse(extract.Out).RootElement.GetProperty("documents")[0];
        Assert.Equal(JsonValueKind.Number, c.GetProperty("referenceYear").ValueKind);
        Assert.Equal(e.GetProperty("referenceYear").GetInt32(), c.GetProperty("referenceYear").GetInt32());
        Assert.Equal(e.GetProperty("referenceYearSource").GetString(), c.GetProperty("referenceYearSource").GetString());

        var given = CliRunner.Run("check", RepoPaths.Seed, "-f", "json", "-y", "2020");
        Assert.Equal(2020, JsonDocument.Parse(given.Out).RootElement.GetProperty("documents")[0].GetProperty("referenceYear").GetInt32());
    }

    [Fact]
    public void AnnotateCollapsesRepeatedNotesAndHtmlPrintsNoTerminalView()
    {
        string path = Write("speech.txt", Commas + string.Concat(Enumerable.Range(0, 12).Select(i => $"第{i}项工作要抓好就业,稳定增长。\n\n")));
        var run = CliRunner.Run("annotate", path, "--color", "never");
        var notes = run.Out.Split('\n').Where(l => l.Contains("PS3003 ", StringComparison.Ordinal) && l.Contains("│", StringComparison.Ordinal)).ToList();
        Assert.Equal(3, notes.Count);
        Assert.Contains("the same note on 9 more lines is not repeated", notes[^1], StringComparison.Ordinal);
        Assert.Contains("PS3003", run.Out.Split("Findings by rule")[1], StringComparison.Ordinal);

        var filtered = CliRunner.Run("annotate", path, "--color", "never", "--ignore", "PS3003");
        Assert.DoesNotContain("PS3003", filtered.Out, StringComparison.Ordinal);

        string html = Path.Combine(_dir, "report.html");
        var page = CliRunner.Run("annotate", path, "--html", html);
        Assert.Equal("", page.Out);
        Assert.Contains("wrote " + html, page.Error, StringComparison.Ordinal);
        Assert.True(File.Exists(html));
    }
}
