using PolicySpeech.Analyzers;
using Xunit.Abstractions;

namespace PolicySpeech.Tests.Analyzers;

public sealed class CorpusDuplicateIndexTests(ITestOutputHelper output)
{
    private const string Shared = "要深入实施妇女就业促进行动，切实把妇女就业指导、岗位技能培训等措施落实好，更好推进重点群体就业。";

    [Fact]
    public void ParagraphInSeveralDocumentsIsReportedWithAllItsPlaces()
    {
        var index = new CorpusDuplicateIndex();
        index.Add("a.txt", AnalyzerHarness.Parse($"同志们：\n\n{Shared}\n\n要持续提升妇女健康水平，不断扩大综合防治覆盖面，加快妇女儿童重点项目建设。\n", "a.txt"));
        index.Add("b.txt", AnalyzerHarness.Parse($"同志们：\n\n要加强组织领导，压实各级责任，形成推动妇女儿童事业高质量发展的强大合力。\n\n{Shared.Replace("，", ",")}\n", "b.txt"));
        index.Add("c.txt", AnalyzerHarness.Parse($"同志们：\n\n{Shared}\n\n{Shared}\n\n谢谢大家！\n", "c.txt"));
        index.Add("d.txt", AnalyzerHarness.Parse("同志们：\n\n要持续提升妇女健康水平，不断扩大综合防治覆盖面，加快妇女儿童重点项目建设。\n", "d.txt"));

        Assert.Equal(4, index.DocumentCount);
        var duplicates = index.GetDuplicates();
        Assert.Equal(2, duplicates.Length);
        var first = duplicates[0];
        Assert.Equal(["a.txt", "b.txt", "c.txt", "c.txt"], first.Occurrences.Select(o => o.DocumentId).ToArray());
        Assert.Equal(3, first.DocumentCount);
        Assert.Equal(32, first.Fingerprint.Length);
        Assert.Equal(["a.txt", "d.txt"], duplicates[1].Occurrences.Select(o => o.DocumentId).ToArray());
        Assert.Throws<ArgumentException>(() => index.Add("a.txt", AnalyzerHarness.Parse("同志们：\n", "a.txt")));
    }

    [Fact]
    public void RepeatsInsideOneDocumentOnlyAreNotCorpusDuplicates()
    {
        var index = new CorpusDuplicateIndex();
        index.Add("a.txt", AnalyzerHarness.Parse($"同志们：\n\n{Shared}\n\n{Shared}\n", "a.txt"));
        index.Add("b.txt", AnalyzerHarness.Parse("同志们：\n\n要加强组织领导，压实各级责任，形成推动妇女儿童事业高质量发展的强大合力。\n", "b.txt"));
        Assert.Empty(index.GetDuplicates());
    }

    [Fact]
    public void RealCorpusCrossDocumentRepeats()
    {
        var files = RepoPaths.CorpusRealFiles.ToList();
        if (files.Count == 0)
        {
            return;
        }

        var index = new CorpusDuplicateIndex();
        Parallel.ForEach(files, file => index.Add(Path.GetFileName(file), AnalyzerHarness.Parse(File.ReadAllText(file), Path.GetFileName(file))));
        var duplicates = index.GetDuplicates();
        output.WriteLine($"{duplicates.Length} paragraphs repeated across {files.Count} documents");
        foreach (var d in duplicates.Take(20))
        {
            output.WriteLine($"  {d.NormalizedLength} chars in {string.Join(", ", d.Occurrences.Select(o => $"{o.DocumentId}:{o.Location.LineSpan.Start.Line + 1}"))}");
        }

        Assert.All(duplicates, d => Assert.True(d.DocumentCount >= 2));
    }
}
