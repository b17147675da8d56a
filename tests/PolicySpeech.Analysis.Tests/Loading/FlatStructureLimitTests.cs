using System.Text;

namespace PolicySpeech.Tests.Loading;

using PolicySpeech.Loading;

/// <summary>
/// Issue #12, memory: a file of millions of one-sentence lines (62 MB of 要加强。) needed 4.6 GB for <c>check</c>, because
/// memory grows with the syntax nodes and every line, sentence end and clause separator starts some. Such a text is refused
/// at load (<see cref="LoadOptions.MaxBreaks"/>, docs/security.md), so the command line exits 2 and batch writes one error row.
/// </summary>
public sealed class FlatStructureLimitTests
{
    [Fact]
    public void ManyShortLinesAreTooLargeAtLoad()
    {
        // 400,001 lines of 要加强。: 800,002 breaks (a line break and a sentence end each), 5.2 MB, far under MaxFileBytes.
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("要加强。\n", 400_001)));
        Assert.True(bytes.Length < LoadOptions.Default.MaxFileBytes / 10);
        var exception = Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(new MemoryStream(bytes), "lines.txt"));
        Assert.Equal(SpeechLoadFailure.TooLarge, exception.Reason);
        Assert.Contains("LoadOptions.MaxBreaks", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TwentyMegabytesOfSpeechesLoad()
    {
        // 20 MB of the archive corpus concatenated has 603,000 breaks (one every 11 characters): refused at 300,000, it loads
        // now, and check, extract, annotate --html and batch --jobs 1 on it peak at 0.37-0.59 GB (docs/security.md).
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("要加强。\n", 300_001)));
        Assert.Equal(600_002, SpeechDocument.CountBreaks(Encoding.UTF8.GetString(bytes)));
        Assert.NotNull(SpeechDocument.Load(new MemoryStream(bytes), "lines.txt"));
    }

    [Fact]
    public void ClauseSeparatorsCountAsBreaks()
    {
        // One line, no sentence end: the clauses alone make the nodes.
        var bytes = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("好，", 1_000)));
        Assert.Equal(SpeechLoadFailure.TooLarge, Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(new MemoryStream(bytes), "clauses.txt", new LoadOptions { MaxBreaks = 999 })).Reason);
        Assert.NotNull(SpeechDocument.Load(new MemoryStream(bytes), "clauses.txt", new LoadOptions { MaxBreaks = 1_000 }));
    }

    [Theory]
    [InlineData("一，二。\r\n三：四、五；\n六\r七！", 9)]
    [InlineData("同志们", 0)]
    [InlineData("\r\n\r\n", 2)]
    public void BreaksAreLineBreaksSentenceEndsAndSeparators(string text, int expected) =>
        Assert.Equal(expected, SpeechDocument.CountBreaks(text));

    [Fact]
    public void HtmlAndTheLimitAtItsValueLoad()
    {
        var html = Encoding.UTF8.GetBytes("<html><body>" + string.Concat(Enumerable.Repeat("<p>要加强。</p>", 50)) + "</body></html>");
        Assert.Equal(SpeechLoadFailure.TooLarge, Assert.Throws<SpeechLoadException>(() => SpeechDocument.Load(new MemoryStream(html), "a.html", new LoadOptions { MaxBreaks = 60 })).Reason);
        var document = SpeechDocument.Load(new MemoryStream(html), "a.html", new LoadOptions { MaxBreaks = 200 });
        Assert.Equal(50, document.GetSyntaxTree().Root.DescendantNodes().Count(n => n.Kind == PolicySpeech.Syntax.SyntaxKind.Paragraph));
    }
}
