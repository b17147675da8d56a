using PolicySpeech.Semantics;
using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Semantics.Extraction;

/// <summary>One made-up paragraph, parsed, with the extraction's shared document and its first full sentence opened.</summary>
internal sealed class ExtractionFixture
{
    public ExtractionFixture(string paragraph, int? referenceYear = 2024, Zone zone = Zone.Plan)
    {
        var tree = SpeechSyntaxTree.Parse(SourceText.From(paragraph));
        Doc = new ExtractionText(tree, referenceYear, periodsFromNextYear: false);
        Sentences = [.. tree.Root.DescendantNodes().OfType<ParagraphSyntax>().First().Sentences];
        Paragraph = new ParagraphState { BaseZone = zone, Zone = zone };
        Measures = new MeasureFilter(Doc);
        Heads = new ModalHeads(Doc, Measures);
        Splitter = new ClauseSplitter(Doc);
    }

    public ExtractionText Doc { get; }

    public List<SentenceSyntax> Sentences { get; }

    public ParagraphState Paragraph { get; }

    public MeasureFilter Measures { get; }

    public ModalHeads Heads { get; }

    public ClauseSplitter Splitter { get; }

    /// <summary>The texts of the clauses of the first full sentence.</summary>
    public List<string> ClauseTexts(Zone zone) => [.. Splitter.Split(Sentences, zone).Select(c => Doc.ClauseText(c).ToString())];

    /// <summary>The first full sentence, opened (<see cref="SentenceOpening"/>).</summary>
    public SentenceContext Open(bool isHeading = false) =>
        new SentenceOpening(Doc, Splitter, Heads).Open(Sentences, "一、", Paragraph, isHeading) ?? throw new InvalidOperationException("no clause");

    /// <summary>Clause <paramref name="index"/> of <paramref name="sentence"/>, reset for the rules.</summary>
    public static ClauseContext Clause(SentenceContext sentence, int index)
    {
        sentence.Index = index;
        var clause = new ClauseContext();
        clause.Reset(sentence.Clauses[index], sentence);
        return clause;
    }
}
