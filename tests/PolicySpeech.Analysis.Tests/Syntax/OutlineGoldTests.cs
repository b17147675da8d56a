using System.Text.Json;
using PolicySpeech.Loading;
using PolicySpeech.Syntax;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Syntax;

/// <summary>Each corpus file's outline against its gold file (&lt;file&gt;.outline.json, or &lt;name&gt;.outline.json for the .txt).</summary>
public sealed class OutlineGoldTests(ITestOutputHelper output)
{
    public static TheoryData<string> GoldFiles()
    {
        var data = new TheoryData<string>();
        foreach (var gold in Directory.GetFiles(RepoPaths.Corpus, "*.outline.json", SearchOption.AllDirectories).OrderBy(f => f, StringComparer.Ordinal))
        {
            data.Add(Path.GetRelativePath(RepoPaths.Corpus, gold));
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(GoldFiles))]
    public void OutlineMatchesGold(string goldRelative)
    {
        string gold = Path.Combine(RepoPaths.Corpus, goldRelative);
        string stem = gold[..^".outline.json".Length];
        string source = Path.HasExtension(stem) ? stem : stem + ".txt";
        var tree = SpeechDocument.Load(source).GetSyntaxTree();
        var expected = Normalize(JsonDocument.Parse(File.ReadAllText(gold)).RootElement);
        var actual = Normalize(JsonDocument.Parse(JsonSerializer.Serialize(Outline(tree))).RootElement);
        output.WriteLine(actual);
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void SeedTitleIsWrittenThreeTimesAndHasFiveSectionsOfThree()
    {
        var tree = SpeechDocument.Load(RepoPaths.Seed).GetSyntaxTree();
        Assert.Equal("在全省妇女儿童工作推进会上的讲话", tree.Root.Title);
        Assert.Equal(3, tree.Root.TitleLines.Count());
        Assert.Equal(5, tree.Root.Sections.Count());
        Assert.All(tree.Root.Sections, s => Assert.Equal(3, s.Sections.Count()));
        Assert.Equal("我就讲这些,谢谢!", tree.Root.Closing?.ToString());
    }

    internal static object Outline(SpeechSyntaxTree tree)
    {
        var root = tree.Root;
        int Line(SyntaxNode node) => tree.Text.GetLineNumber(node.Span.Start) + 1;
        return new
        {
            title = root.Title,
            titleLines = root.TitleLines.Select(Line).ToArray(),
            salutation = root.Salutation is { } s ? new { text = s.ToString(), line = Line(s) } : null,
            headings = root.DescendantNodes().OfType<HeadingSyntax>().Select(h => new
            {
                level = ((SectionSyntax)h.Parent!).Level,
                marker = h.Marker.Text,
                text = h.Sentence?.ToString() ?? "",
                line = Line(h),
            }).ToArray(),
            closing = root.Closing is { } c ? new { text = c.ToString(), line = Line(c) } : null,
            paragraphCount = root.DescendantNodes().OfType<ParagraphSyntax>().Count(),
        };
    }

    private static string Normalize(JsonElement element) =>
        JsonSerializer.Serialize(element, new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
