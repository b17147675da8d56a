using PolicySpeech.Cli.Annotate;

namespace PolicySpeech.Cli.Tests.Annotate;

public sealed class AnnotateCommandTests
{
    [Fact]
    public void WithoutPathAnnotatesTheBundledSampleWithPlainMarkers()
    {
        var result = CliRunner.Run("annotate");
        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain('\u001b', result.Out); // piped: no ANSI escapes
        Assert.Contains("在全省妇女儿童工作推进会上的讲话", result.Out);
        Assert.Contains("⟦巾棚⟧", result.Out); // the look-alike typo, marked inline
        Assert.Contains("PS5001 warning: '巾棚' looks like a typo for '巾帼'", result.Out);
        Assert.Contains("⟦**⟧", result.Out); // a redaction
        Assert.Contains("Outline", result.Out);
        Assert.Contains("Findings by rule", result.Out);
        Assert.Matches(@"PS3003\s+info\s+\d+", result.Out);
        var analysis = AnnotatedDocument.LoadSample();
        Assert.Contains($"Commitments ({analysis.Commitments.Length})", result.Out);
        if (analysis.Commitments.Length > 0)
        {
            Assert.Contains("⟪", result.Out);
            Assert.Contains("⟫C1", result.Out);
        }
    }

    [Fact]
    public void EveryLineOfTheSpeechAppearsOnceWithItsNumber()
    {
        var result = CliRunner.Run("annotate", RepoPaths.Seed);
        Assert.Equal(0, result.ExitCode);
        var text = File.ReadAllText(RepoPaths.Seed);
        int lineCount = text.Split('\n').Length - (text.EndsWith('\n') ? 1 : 0);
        var numbered = result.Out.Split('\n').Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^\s*\d+ │ ")).ToList();
        Assert.Equal(lineCount, numbered.Count);

        // Removing the markers and labels gives the text back.
        var stripped = numbered.Select(l => System.Text.RegularExpressions.Regex.Replace(l[(l.IndexOf('│') + 2)..], @"[⟦⟧⟪⟫]|(?<=⟧)[⁰¹²³⁴⁵⁶⁷⁸⁹]+|(?<=⟫)C\d+", ""));
        Assert.Equal(text.Replace("\r", "").TrimEnd('\n'), string.Join("\n", stripped));
    }

    [Fact]
    public void ColourAlwaysUsesAnsiAndNeverUsesMarkers()
    {
        var result = CliRunner.Run("annotate", "--color", "always");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("\u001b[", result.Out);
        Assert.DoesNotContain("⟦", result.Out);
    }

    [Fact]
    public void MissingFileIsAnInputError()
    {
        var result = CliRunner.Run("annotate", Path.Combine(Path.GetTempPath(), "no-such-speech-" + Guid.NewGuid() + ".txt"));
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("error", result.Error);
    }

    [Fact]
    public void YearOutOfRangeIsAUsageError()
    {
        Assert.Equal(2, CliRunner.Run("annotate", "--year", "12").ExitCode);
    }
}
