namespace PolicySpeech.Cli.Tests.Hostile;

/// <summary>Regression tests for issue #12 at the command line: one clear error and exit 2, never a crash or a hang.</summary>
public sealed class HostileCliTests : IDisposable
{
    private const string Speech = "在全省工作会议上的讲话\n\n同志们：\n\n今年要继续做好就业工作。\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-hostile-cli-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_dir, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_dir, recursive: true);
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
        return path;
    }

    [Theory]
    [InlineData("parse")]
    [InlineData("annotate")]
    public void TerminalEscapeCodesInADocumentAreShownEscaped(string verb)
    {
        // ESC ] 0 ; … BEL sets the window title; ESC [ 2 J clears the screen.
        var path = Write("escape.txt", "在全省工作会议上的讲话\u001b]0;pwned\u0007\n\n同志们：\n\n今年要继续做好\u001b[2J就业工作。\n");
        var run = CliRunner.Run(verb, path);
        Assert.Equal(0, run.ExitCode);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u0007', run.Out);
        Assert.Contains("\\x1B", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckShowsControlCharactersOfAFileNameEscaped()
    {
        var path = Write("a\u001b]0;pwned\u0007.txt", "同志们：\n\n要深入开展巾幅健康行动。\n");
        var run = CliRunner.Run("check", path);
        Assert.Contains("PS5001", run.Out, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Out);
        Assert.DoesNotContain('\u0007', run.Out);
        Assert.Contains("\\x1B", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchWithHugeJobsIsAUsageError()
    {
        Write("in/a.txt", Speech);
        var run = CliRunner.Run("batch", Path.Combine(_dir, "in"), "--out", Path.Combine(_dir, "out"), "--jobs", "2147483647");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--jobs", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWithABaselineThatIsADeviceExitsTwo()
    {
        if (!File.Exists("/dev/zero"))
        {
            return;
        }

        string speech = Write("a.txt", Speech);
        Write("policyspeech.json", """{ "baseline": "/dev/zero" }""");
        var run = CliRunner.Run("check", speech);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("not a regular file", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckWithInvalidUtf8ConfigurationExitsTwo()
    {
        string speech = Write("a.txt", Speech);
        File.WriteAllBytes(Path.Combine(_dir, "policyspeech.json"), [.. "{ \"acceptedWords\": [\""u8, 0xFF, .. "\"] }"u8]);
        var run = CliRunner.Run("check", speech);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("UTF-8", run.Error, StringComparison.Ordinal);
    }
}
