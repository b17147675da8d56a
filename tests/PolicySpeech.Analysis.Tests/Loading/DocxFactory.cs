using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace PolicySpeech.Tests.Loading;

/// <summary>Builds small Word documents with OpenXML code for the loader tests.</summary>
internal static class DocxFactory
{
    /// <summary>
    /// A speech with: a title, a salutation, Heading1 paragraphs numbered through their style (chineseCounting "%1、"),
    /// level-2 paragraphs (chineseCounting "（%2）"), level-3 items (decimal "%3." with no suffix), a paragraph with a tab
    /// and a line break, an empty paragraph, a 2×2 table, a list restarted at 五 through lvlOverride/startOverride, and
    /// core properties.
    /// </summary>
    /// <returns>The DOCX bytes.</returns>
    internal static byte[] Speech()
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            AddStyles(main);
            AddNumbering(main);
            var body = new Body(
                Plain("在全市工作会议上的讲话", style: "Title"),
                Plain("同志们："),
                Plain("要加强服务指导", style: "Heading1"),
                Numbered(1, 1, "要拓宽就业渠道。"),
                Numbered(1, 2, "要做好技能培训。"),
                Numbered(1, 2, "要落实补贴政策。"),
                Numbered(1, 1, "要强化保障。"),
                Plain("要推进改革", style: "Heading1"),
                Numbered(1, 1, "要深化改革。"),
                new Paragraph(new Run(new WordText("姓名"), new TabChar(), new WordText("张三"), new Break(), new WordText("职务"), new TabChar(), new WordText("主任"))),
                new Paragraph(),
                new Table(
                    new TableRow(Cell("指标"), Cell("目标")),
                    new TableRow(Cell("新增就业"), Cell("**万人以上"))),
                Numbered(2, 0, "重新编号的一项"),
                Plain("谢谢大家！"),
                new SectionProperties());
            main.Document = new Document(body);
            main.Document.Save();
            document.PackageProperties.Title = "在全市工作会议上的讲话";
            document.PackageProperties.Creator = "市政府办公室";
            document.PackageProperties.Created = new DateTime(2024, 3, 15, 2, 0, 0, DateTimeKind.Utc);
        }

        return stream.ToArray();
    }

    /// <summary>The text <see cref="Speech"/> must load as.</summary>
    internal const string SpeechText =
        "在全市工作会议上的讲话\n" +
        "同志们：\n" +
        "一、要加强服务指导\n" +
        "（一）要拓宽就业渠道。\n" +
        "1.要做好技能培训。\n" +
        "2.要落实补贴政策。\n" +
        "（二）要强化保障。\n" +
        "二、要推进改革\n" +
        "（一）要深化改革。\n" +
        "姓名\t张三\n职务\t主任\n" +
        "指标\n目标\n新增就业\n**万人以上\n" +
        "五、重新编号的一项\n" +
        "谢谢大家！";

    /// <summary>A minimal valid DOCX with the given paragraphs.</summary>
    /// <param name="paragraphs">Paragraph texts.</param>
    /// <returns>The bytes.</returns>
    internal static byte[] Simple(params string[] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(p => (OpenXmlElement)Plain(p))));
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>A DOCX whose one list starts at <paramref name="start"/> in <paramref name="format"/>, with <paramref name="items"/> items.</summary>
    /// <param name="start">The list's start value.</param>
    /// <param name="format">The number format.</param>
    /// <param name="items">How many list items.</param>
    /// <returns>The bytes.</returns>
    internal static byte[] NumberedFrom(int start, NumberFormatValues format, int items)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var part = main.AddNewPart<NumberingDefinitionsPart>();
            var level = new Level(new StartNumberingValue { Val = start }, new NumberingFormat { Val = format }, new LevelText { Val = "%1." }) { LevelIndex = 0 };
            part.Numbering = new Numbering(
                new AbstractNum(level) { AbstractNumberId = 0 },
                new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 });
            part.Numbering.Save();
            var body = new Body(Plain("在全市工作会议上的讲话"));
            for (int i = 0; i < items; i++)
            {
                body.Append(Numbered(1, 0, "要做好就业工作。"));
            }

            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    private static Paragraph Plain(string text, string? style = null)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        paragraph.Append(new Run(new WordText(text) { Space = SpaceProcessingModeValues.Preserve }));
        return paragraph;
    }

    private static Paragraph Numbered(int numId, int ilvl, string text) =>
        new(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = ilvl }, new NumberingId { Val = numId })),
            new Run(new WordText(text)));

    private static TableCell Cell(string text) => new(new Paragraph(new Run(new WordText(text))));

    private static void AddStyles(MainDocumentPart main)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>();
        part.Styles = new Styles(
            new Style(new StyleName { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            new Style(new StyleName { Val = "Title" }, new BasedOn { Val = "Normal" }) { Type = StyleValues.Paragraph, StyleId = "Title" },
            new Style(
                new StyleName { Val = "heading 1" },
                new BasedOn { Val = "Normal" },
                new StyleParagraphProperties(
                    new NumberingProperties(new NumberingId { Val = 1 }),
                    new OutlineLevel { Val = 0 }))
            { Type = StyleValues.Paragraph, StyleId = "Heading1" });
        part.Styles.Save();
    }

    private static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>();
        var abstractNum = new AbstractNum(
            new MultiLevelType { Val = MultiLevelValues.Multilevel },
            Level(0, NumberFormatValues.ChineseCounting, "%1、", "Heading1"),
            Level(1, NumberFormatValues.ChineseCounting, "（%2）", null),
            Level(2, NumberFormatValues.Decimal, "%3.", null, suffixNothing: true))
        { AbstractNumberId = 0 };
        part.Numbering = new Numbering(
            abstractNum,
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = 1 },
            new NumberingInstance(
                new AbstractNumId { Val = 0 },
                new LevelOverride(new StartOverrideNumberingValue { Val = 5 }) { LevelIndex = 0 })
            { NumberID = 2 });
        part.Numbering.Save();
    }

    private static Level Level(int index, NumberFormatValues format, string text, string? style, bool suffixNothing = false)
    {
        var level = new Level(new StartNumberingValue { Val = 1 }, new NumberingFormat { Val = format });
        if (style is not null)
        {
            level.Append(new ParagraphStyleIdInLevel { Val = style });
        }

        if (suffixNothing)
        {
            level.Append(new LevelSuffix { Val = LevelSuffixValues.Nothing });
        }

        level.Append(new LevelText { Val = text });
        level.LevelIndex = index;
        return level;
    }
}
