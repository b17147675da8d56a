using AngleSharp.Html.Parser;
using PolicySpeech.Cli.Annotate;

namespace PolicySpeech.Cli.Tests.Annotate;

public sealed class AnnotateCorpusTests
{
    /// <summary>Every speech of the team corpus (.txt, .html, .docx) and of ../shared/corpus-real (when present) renders a page that keeps the text and marks every finding and commitment.</summary>
    [Fact]
    public void EveryCorpusDocumentRendersACompletePage()
    {
        var files = Directory.GetFiles(RepoPaths.Corpus, "*.*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f) is ".txt" or ".html" or ".docx")
            .Concat(RepoPaths.CorpusRealFiles)
            .OrderBy(f => f, StringComparer.Ordinal)
            .ToList();
        Assert.NotEmpty(files);
        var parser = new HtmlParser();
        foreach (var file in files)
        {
            var analysis = AnnotatedDocument.Load(file);
            var html = new HtmlAnnotator(new AnnotationModel(analysis)).Render();
            var document = parser.ParseDocument(html);
            var lines = document.QuerySelectorAll("#speech > div.ln").Select(e => e.TextContent);
            Assert.True(
                analysis.Tree.Text.ToString().Replace("\r\n", "\n").Replace('\r', '\n').TrimEnd('\n') == string.Join("\n", lines).TrimEnd('\n'),
                $"{file}: the page's text differs from the document's");
            Assert.Equal(analysis.Diagnostics.Length, document.QuerySelectorAll("#speech [data-f]").Select(e => e.GetAttribute("data-f")).Distinct().Count());
            Assert.Equal(analysis.Commitments.Length, document.QuerySelectorAll("table#commitments tbody tr").Length);
            Assert.Equal(analysis.Commitments.Length, document.QuerySelectorAll("#speech [data-c]").Select(e => e.GetAttribute("data-c")).Distinct().Count());

            var terminal = new StringWriter();
            new TerminalAnnotator(new AnnotationModel(analysis), colour: false).Write(terminal);
            Assert.Contains("Findings by rule", terminal.ToString());
        }
    }
}
