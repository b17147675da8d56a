using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace PolicySpeech.Cli.Tests.Fix;

public sealed class FixCommandTests : IDisposable
{
    // Half-width punctuation between Chinese characters, two look-alike typos, a doubled word and a misdirected quotation pair.
    private const string Input = "关于妇女工作的讲话\n\n同志们:\n  要深入开展巾幅健康行动,切实推动法冶建设。要要加强“巾帼建功“活动。\n";
    private const string Fixed = "关于妇女工作的讲话\n\n同志们：\n  要深入开展巾帼健康行动，切实推动法治建设。要加强“巾帼建功”活动。\n";

    private static readonly Encoding Gb18030 = CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private readonly string _folder = Directory.CreateTempSubdirectory("ps-fix-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public void FixesPunctuationTyposDoubledWordsAndQuotes()
    {
        string path = Write("a.txt", Input, new UTF8Encoding(false));
        var result = CliRunner.Run("fix", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(Encoding.UTF8.GetBytes(Fixed), File.ReadAllBytes(path));
        Assert.Contains("applied 6 fixes", result.Error);
        Assert.Empty(Directory.GetFiles(_folder, "*.tmp")); // no temporary file left behind
    }

    [Fact]
    public void Utf8ByteOrderMarkIsKept()
    {
        string path = Write("bom.txt", Input, new UTF8Encoding(true));
        Assert.Equal(0, CliRunner.Run("fix", path).ExitCode);
        Assert.Equal([.. new byte[] { 0xEF, 0xBB, 0xBF }, .. Encoding.UTF8.GetBytes(Fixed)], File.ReadAllBytes(path));
    }

    [Fact]
    public void GbkTextStaysGbk()
    {
        string path = Write("gbk.txt", Input, Gb18030);
        Assert.Equal(0, CliRunner.Run("fix", path).ExitCode);
        Assert.Equal(Gb18030.GetBytes(Fixed), File.ReadAllBytes(path));
    }

    [Fact]
    public void Utf16KeepsItsByteOrderMark()
    {
        string path = Write("utf16.txt", Input, Encoding.Unicode);
        Assert.Equal(0, CliRunner.Run("fix", path).ExitCode);
        Assert.Equal([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Fixed)], File.ReadAllBytes(path));
    }

    [Fact]
    public void CrlfLineEndingsAreKept()
    {
        string path = Write("crlf.txt", Input.Replace("\n", "\r\n"), new UTF8Encoding(false));
        Assert.Equal(0, CliRunner.Run("fix", path).ExitCode);
        Assert.Equal(Encoding.UTF8.GetBytes(Fixed.Replace("\n", "\r\n")), File.ReadAllBytes(path));
    }

    [Fact]
    public void OnlyLimitsTheRules()
    {
        string path = Write("only.txt", Input, new UTF8Encoding(false));
        Assert.Equal(0, CliRunner.Run("fix", path, "--only", "PS3003").ExitCode);
        Assert.Equal(Input.Replace("们:", "们：").Replace("行动,", "行动，"), File.ReadAllText(path));
    }

    [Fact]
    public void OnlyRejectsRulesWithoutASafeFix()
    {
        string path = Write("unsafe.txt", Input, new UTF8Encoding(false));
        var result = CliRunner.Run("fix", path, "--only", "PS2001");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("PS2001", result.Error);
        Assert.Equal(Input, File.ReadAllText(path));
    }

    [Fact]
    public void DryRunPrintsAUnifiedDiffAndLeavesTheFileAlone()
    {
        string path = Write("dry.txt", Input, new UTF8Encoding(false));
        var before = File.ReadAllBytes(path);
        var result = CliRunner.Run("fix", path, "--dry-run");
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(before, File.ReadAllBytes(path));
        var lines = result.Out.Split('\n');
        Assert.Equal($"--- {path}", lines[0]);
        Assert.Equal($"+++ {path}", lines[1]);
        Assert.Equal("@@ -1,4 +1,4 @@", lines[2]);
        Assert.Equal([" 关于妇女工作的讲话", " ", "-同志们:", "-  要深入开展巾幅健康行动,切实推动法冶建设。要要加强“巾帼建功“活动。", "+同志们：", "+  要深入开展巾帼健康行动，切实推动法治建设。要加强“巾帼建功”活动。", ""], lines[3..]);
        Assert.Contains("dry run", result.Error);
    }

    [Fact]
    public void DryRunDiffMatchesDiffUAndAppliesWithPatch()
    {
        var lines = Enumerable.Range(1, 30).Select(i => $"  第{i}段要做好工作。").ToList();
        lines[0] = "关于工作的讲话";
        lines[9] = "  要做好工作,推动发展。";
        lines[17] = "  要深入开展巾幅健康行动。";
        string text = string.Join("\n", lines) + "\n";
        string path = Write("long.txt", text, new UTF8Encoding(false));
        var diff = CliRunner.Run("fix", path, "--dry-run").Out;
        Assert.Contains("\n@@ -7,7 +7,7 @@\n", diff);   // line 10 with lines 7–9 and 11–13
        Assert.Contains("\n@@ -15,7 +15,7 @@\n", diff); // line 18 with lines 15–17 and 19–21
        Assert.Equal(text, File.ReadAllText(path));

        string copy = Write("copy.txt", text, new UTF8Encoding(false));
        Assert.Equal(0, CliRunner.Run("fix", copy).ExitCode);
        if (File.Exists("/usr/bin/diff"))
        {
            // The hunks are the ones diff -u writes (its headers carry timestamps, so compare from the first @@).
            var (_, expected) = Exec("/usr/bin/diff", "-u", path, copy);
            Assert.Equal(expected[expected.IndexOf("@@", StringComparison.Ordinal)..], diff[diff.IndexOf("@@", StringComparison.Ordinal)..]);
        }

        if (File.Exists("/usr/bin/patch"))
        {
            string diffPath = Path.Combine(_folder, "long.diff");
            File.WriteAllText(diffPath, diff);
            string patched = Write("patched.txt", text, new UTF8Encoding(false));
            var (code, _) = Exec("/usr/bin/patch", "--quiet", "--forward", patched, diffPath);
            Assert.Equal(0, code);
            Assert.Equal(File.ReadAllText(copy), File.ReadAllText(patched)); // the diff is exactly what fix writes
        }
    }

    [Fact]
    public void NothingToFixLeavesTheFileUntouched()
    {
        string path = Write("clean.txt", "关于工作的讲话\n\n同志们：\n  要做好工作。\n", new UTF8Encoding(false));
        var stamp = File.GetLastWriteTimeUtc(path);
        var result = CliRunner.Run("fix", path);
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("nothing to fix", result.Error);
        Assert.Equal(stamp, File.GetLastWriteTimeUtc(path));
        Assert.Equal("", CliRunner.Run("fix", path, "--dry-run").Out);
    }

    [Fact]
    public void DocxIsRefused()
    {
        string path = Path.Combine(_folder, "speech.docx");
        using (var package = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document))
        {
            var main = package.AddMainDocumentPart();
            main.Document = new W.Document(new W.Body(new W.Paragraph(new W.Run(new W.Text("同志们:要深入开展巾幅健康行动,推动发展。")))));
        }

        var before = File.ReadAllBytes(path);
        var result = CliRunner.Run("fix", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(".docx", result.Error);
        Assert.Equal(before, File.ReadAllBytes(path));
    }

    [Fact]
    public void HtmlIsRefused()
    {
        string path = Write("speech.html", "<!DOCTYPE html><html><body><p>同志们:要深入开展巾幅健康行动,推动发展。</p></body></html>", new UTF8Encoding(false));
        var result = CliRunner.Run("fix", path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("HTML", result.Error);
        Assert.Contains("<p>同志们:", File.ReadAllText(path));
    }

    [Fact]
    public void FixingTheSeedLeavesNoSafeFixAndIsIdempotent()
    {
        string path = Path.Combine(_folder, "seed.txt");
        File.Copy(RepoPaths.Seed, path);
        var first = CliRunner.Run("fix", path);
        Assert.Equal(0, first.ExitCode);
        Assert.Contains("PS5001", first.Error);
        var analysis = PolicySpeech.Cli.Annotate.AnnotatedDocument.Load(path);
        var all = PolicySpeech.Cli.Fix.SafeFixes.Parse(null);
        Assert.DoesNotContain(analysis.Diagnostics, d => PolicySpeech.Cli.Fix.SafeFixes.IsSafe(d, all));
        Assert.Contains("巾帼就业促进行动”", analysis.Document.Text.ToString());
        Assert.Contains(analysis.Diagnostics, d => d.Id == "PS2003"); // the repeated title is for a person to delete
        var bytes = File.ReadAllBytes(path);
        Assert.Contains("nothing to fix", CliRunner.Run("fix", path).Error);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void MissingFileIsAnInputError()
    {
        Assert.Equal(2, CliRunner.Run("fix", Path.Combine(_folder, "absent.txt")).ExitCode);
    }

    private static (int ExitCode, string Out) Exec(string program, params string[] args)
    {
        var info = new System.Diagnostics.ProcessStartInfo(program, args) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = System.Diagnostics.Process.Start(info)!;
        string output = process.StandardOutput.ReadToEnd();
        process.WaitForExit(30_000);
        return (process.ExitCode, output);
    }

    private string Write(string name, string text, Encoding encoding)
    {
        string path = Path.Combine(_folder, name);
        File.WriteAllBytes(path, [.. encoding.GetPreamble(), .. encoding.GetBytes(text)]);
        return path;
    }
}
