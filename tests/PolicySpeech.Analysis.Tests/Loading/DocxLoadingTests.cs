
namespace PolicySpeech.Tests.Loading;

using PolicySpeech.Loading;

public sealed class DocxLoadingTests
{
    private static SpeechDocument LoadSpeech() => SpeechDocument.Load(new MemoryStream(DocxFactory.Speech()), "speech.docx");

    [Fact]
    public void ParagraphsNumberingTabsBreaksAndTables()
    {
        var document = LoadSpeech();
        Assert.Equal(SourceFormat.Docx, document.Format);
        Assert.Equal(DocxFactory.SpeechText, document.Text.ToString());
    }

    [Fact]
    public void CorePropertiesBecomeMetadata()
    {
        var document = LoadSpeech();
        Assert.Equal(new DocumentMetadata("在全市工作会议上的讲话", new DateOnly(2024, 3, 15), "市政府办公室"), document.Metadata);
    }

    [Fact]
    public void SourceMapGivesParagraphAndOffset()
    {
        var document = LoadSpeech();
        string text = document.Text.ToString();

        // Paragraph 0 is the title; 3 is "（一）要拓宽就业渠道。" whose label is three characters long.
        var title = document.SourceMap.Map(0);
        Assert.Equal(new SourceLocation(0, 0, 0, 0), title);

        int widen = text.IndexOf("要拓宽", StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(3, 3, 3, 3), document.SourceMap.Map(widen));

        // The tab-and-break paragraph (index 9) spans two lines of text but stays one paragraph.
        int name = text.IndexOf("姓名", StringComparison.Ordinal);
        int duty = text.IndexOf("职务", StringComparison.Ordinal);
        Assert.Equal(new SourceLocation(9, 0, 9, 0), document.SourceMap.Map(name));
        Assert.Equal(new SourceLocation(10, 0, 9, 6), document.SourceMap.Map(duty));

        // Index 10 is the empty paragraph (no line); the table cells are 11–14.
        int target = text.IndexOf("**万人以上", StringComparison.Ordinal);
        Assert.Equal(14, document.SourceMap.Map(target).ParagraphIndex);
        Assert.Equal(0, document.SourceMap.Map(target).OffsetInParagraph);
        Assert.Equal(15, document.SourceMap.Map(text.IndexOf("重新编号", StringComparison.Ordinal)).ParagraphIndex);

        // The line break after a paragraph maps to that paragraph's end; the end of the text to the last paragraph's end.
        Assert.Equal(new SourceLocation(0, 11, 0, 11), document.SourceMap.Map(11));
        var end = document.SourceMap.Map(text.Length);
        Assert.Equal(16, end.ParagraphIndex);
        Assert.Equal("谢谢大家！".Length, end.OffsetInParagraph);
    }

    [Fact]
    public void OutlineLevelAndLabelsAreKeptInTheSourceMap()
    {
        var paragraphs = LoadSpeech().SourceMap.Paragraphs;
        var headings = paragraphs.Where(p => p.OutlineLevel == 0).Select(p => p.NumberingLabel!).ToArray();
        Assert.Equal(["一、", "二、"], headings);
        Assert.Equal(["一、", "（一）", "1.", "2.", "（二）", "二、", "（一）", "五、"], paragraphs.Where(p => p.NumberingLabel is not null).Select(p => p.NumberingLabel!).ToArray());
    }

    [Fact]
    public async Task LoadsFromFileAsync()
    {
        using var temp = new TempDirectory();
        string path = temp.Write("speech.docx", DocxFactory.Speech());
        var document = await SpeechDocument.LoadAsync(path);
        Assert.Equal(DocxFactory.SpeechText, document.Text.ToString());
        Assert.Equal(path, document.Path);
    }

    [Fact]
    public void SimpleDocumentWithoutStylesOrNumbering()
    {
        var document = SpeechDocument.Load(new MemoryStream(DocxFactory.Simple("标题", " 　　正文 ")), "simple.docx");
        Assert.Equal("标题\n 　　正文 ", document.Text.ToString());
        Assert.Null(document.Metadata.Title);
    }
}
