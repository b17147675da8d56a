namespace PolicySpeech.Cli.Tests.Commands;

public sealed class ParseCommandTests
{
    [Fact]
    public void SeedOutlineHasRepeatedTitleFiveSectionsAndClosing()
    {
        var result = CliRunner.Run("parse", RepoPaths.Seed);
        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Contains(lines, l => l.StartsWith("title") && l.Contains("在全省妇女儿童工作推进会上的讲话") && l.Contains("written 3 times: lines 1, 3, 5"));
        Assert.Contains(lines, l => l.StartsWith("salutation") && l.Contains(" 7  同志们:"));
        Assert.Equal(5, lines.Count(l => l.StartsWith("section")));
        Assert.Equal(15, lines.Count(l => l.TrimStart().StartsWith("subsection")));
        Assert.Contains(lines, l => l.TrimStart().StartsWith("subsection") && l.Contains(" 29  (一)要要进一步筑牢法治屏障。"));
        Assert.Contains(lines, l => l.StartsWith("closing") && l.Contains(" 53  我就讲这些,谢谢!"));
    }

    [Fact]
    public void EveryRealDocumentParses()
    {
        foreach (var file in RepoPaths.CorpusRealFiles)
        {
            var result = CliRunner.Run("parse", file);
            Assert.Equal(0, result.ExitCode);
            Assert.Contains("title", result.Out);
        }
    }

    [Theory]
    [InlineData("team/provincial-promotion-meeting.html")]
    [InlineData("team/work-report-targets.docx")]
    public void HtmlAndDocxParse(string relative)
    {
        var result = CliRunner.Run("parse", Path.Combine(RepoPaths.Corpus, relative));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("section", result.Out);
    }

    [Fact]
    public void MissingFileIsExitCodeTwoWithOneLine()
    {
        var result = CliRunner.Run("parse", "no/such/file.txt");
        Assert.Equal(2, result.ExitCode);
        Assert.Single(result.Error.Trim().Split('\n'));
        Assert.Contains("no/such/file.txt", result.Error);
    }

    [Fact]
    public void BinaryFileIsExitCodeTwo()
    {
        var path = Path.Combine(Path.GetTempPath(), $"ps-bad-{Guid.NewGuid():N}.docx");
        File.WriteAllBytes(path, [0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 0, 0, 0, 9, 9, 9]);
        try
        {
            var result = CliRunner.Run("parse", path);
            Assert.Equal(2, result.ExitCode);
            Assert.StartsWith("policyspeech: error: ", result.Error);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void UnknownVerbIsUsageError() => Assert.Equal(2, CliRunner.Run("frobnicate").ExitCode);
}
