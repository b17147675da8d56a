
namespace PolicySpeech.Tests.Loading;

using PolicySpeech.Loading;

/// <summary>Loads the team's .html and .docx speeches (written by another developer; skipped when absent).</summary>
public sealed class CorpusLoadingTests
{
    public static TheoryData<string> TeamFiles()
    {
        var data = new TheoryData<string>();
        string directory = Path.Combine(RepoPaths.Corpus, "team");
        if (Directory.Exists(directory))
        {
            foreach (string path in Directory.EnumerateFiles(directory).Where(p => p.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || p.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)).Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileName(path));
            }
        }

        if (data.Count == 0)
        {
            data.Add(string.Empty);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(TeamFiles))]
    public void TeamFileLoadsAndStartsWithItsTitle(string fileName)
    {
        if (fileName.Length == 0)
        {
            return;
        }

        string path = Path.Combine(RepoPaths.Corpus, "team", fileName);
        var document = SpeechDocument.Load(path);
        string text = document.Text.ToString();
        Assert.NotEqual(0, text.Length);
        string firstLine = document.Text.ToString(document.Text.GetLine(0).Span).Trim();
        Assert.NotEqual(string.Empty, firstLine);

        if (document.Metadata.Title is { } title)
        {
            Assert.True(title.Contains(firstLine, StringComparison.Ordinal) || firstLine.Contains(title, StringComparison.Ordinal), $"first line '{firstLine}' vs title '{title}'");
        }

        // The plain-text twin, when there is one, starts with the same title.
        string twin = Path.ChangeExtension(path, ".txt");
        if (File.Exists(twin))
        {
            string twinFirst = File.ReadLines(twin).First(l => l.Trim().Length > 0).Trim().Trim('\u3000');
            Assert.Equal(twinFirst, firstLine.Trim('\u3000'));
        }

        // Every numbered heading of the twin (一、 （一）) is in the loaded text, whether typed or rendered from Word's numbering.
        if (File.Exists(twin))
        {
            var loadedLines = text.Split('\n').Select(l => l.Trim().Trim('\u3000')).ToHashSet(StringComparer.Ordinal);
            var headings = File.ReadLines(twin).Select(l => l.Trim().Trim('\u3000'))
                .Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, "^([一二三四五六七八九十]+、|（[一二三四五六七八九十]+）)")).ToList();
            foreach (string heading in headings)
            {
                Assert.Contains(heading, loadedLines);
            }
        }

        // Every offset maps somewhere sensible.
        for (int offset = 0; offset <= text.Length; offset += Math.Max(1, text.Length / 200))
        {
            var location = document.SourceMap.Map(offset);
            Assert.True(location.Line >= 0 && location.Column >= 0);
        }
    }
}
