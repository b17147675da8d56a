using PolicySpeech.Syntax;
using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>The document the extraction reads, with the lexicons and the word segmentations made so far: what every pass shares.</summary>
internal sealed class ExtractionText
{
    /// <summary>The document being read.</summary>
    /// <param name="tree">The parsed document.</param>
    /// <param name="referenceYear">The year 今年 means, or null.</param>
    /// <param name="periodsFromNextYear">Whether the years ahead (今后五年) start after the reference year (a Party congress report).</param>
    public ExtractionText(SpeechSyntaxTree tree, int? referenceYear, bool periodsFromNextYear)
    {
        Tree = tree;
        Text = tree.Text.ToString();
        ReferenceYear = referenceYear;
        PeriodsFromNextYear = periodsFromNextYear;
        _cuts = new(StringComparer.Ordinal);
        _cutsBySpan = _cuts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The parsed document.</summary>
    public SpeechSyntaxTree Tree { get; }

    /// <summary>Its text.</summary>
    public string Text { get; }

    /// <summary>The year 今年 means, or null.</summary>
    public int? ReferenceYear { get; }

    /// <summary>Whether the years ahead (今后五年) start after the reference year (<see cref="TimeExpressionRecognizer.Recognize(string, int?, int, bool)"/>).</summary>
    public bool PeriodsFromNextYear { get; }

    /// <summary>The cue lexicons.</summary>
    public CommitmentCues Cues { get; } = CommitmentCues.Instance;

    /// <summary>The action-verb lexicons.</summary>
    public ActionClauses Actions { get; } = ActionClauses.Instance;

    /// <summary>Word segmentations already made in this document (the same phrases recur).</summary>
    private readonly Dictionary<string, IReadOnlyList<string>?> _cuts;
    private readonly Dictionary<string, IReadOnlyList<string>?>.AlternateLookup<ReadOnlySpan<char>> _cutsBySpan;

    /// <summary>The words of <paramref name="phrase"/> (<see cref="WordSegmenter.Cut(string)"/>), cut once per document.</summary>
    public IReadOnlyList<string>? Cut(string phrase)
    {
        if (!_cuts.TryGetValue(phrase, out var words))
        {
            words = WordSegmenter.Cut(phrase);
            _cuts[phrase] = words;
        }

        return words;
    }

    /// <inheritdoc cref="Cut(string)"/>
    /// <remarks>A phrase cut before is looked up without making a string of it.</remarks>
    public IReadOnlyList<string>? Cut(ReadOnlySpan<char> phrase) =>
        _cutsBySpan.TryGetValue(phrase, out var words) ? words : Cut(phrase.ToString());

    /// <summary>Whether <paramref name="word"/> at the start of <paramref name="phrase"/> is a whole word (checked with the segmenter when the phrase goes on).</summary>
    public bool IsWordBoundary(ReadOnlySpan<char> phrase, string word)
    {
        if (phrase.Length == word.Length)
        {
            return true;
        }

        var words = Cut(phrase);
        if (words is null || words.Count == 0)
        {
            return true;
        }

        int length = 0;
        foreach (var w in words)
        {
            length += w.Length;
            if (length == word.Length)
            {
                return true;
            }

            if (length > word.Length)
            {
                // 完成创建 as one word: still two light verbs.
                return length == w.Length && CommitmentCues.Instance.IndicatorLeads.LongestPrefix(w.AsSpan(word.Length)) is { } rest && rest.Length == w.Length - word.Length;
            }
        }

        return false;
    }

    /// <summary>Whether the text from <paramref name="clauseStart"/> to <paramref name="position"/> is only fillers (at head), or an actor and fillers.</summary>
    public (bool AtHead, bool AfterActor) HeadPosition(int clauseStart, int position)
    {
        var prefix = Text.AsSpan(clauseStart, position - clauseStart).Trim();
        var rest = StripFillers(prefix);
        if (rest.IsEmpty)
        {
            return (true, false);
        }

        for (int len = rest.Length; len >= 2; len--)
        {
            // The cheap test first: only a split whose tail is all fillers needs the actor lexicons.
            if (StripFillers(rest[len..]).IsEmpty && ActorRecognizer.Classify(rest[..len]) is not null)
            {
                return (false, true);
            }
        }

        return (false, false);
    }

    /// <summary><paramref name="text"/> without the fillers and scope words at its head (at most six).</summary>
    public ReadOnlySpan<char> StripFillers(ReadOnlySpan<char> text)
    {
        for (int guard = 0; guard < 6 && !text.IsEmpty; guard++)
        {
            var word = Cues.Fillers.LongestPrefix(text) ?? Cues.Scopes.LongestPrefix(text);
            if (word is null)
            {
                break;
            }

            text = text[word.Length..];
        }

        return text;
    }

    /// <summary>The text of <paramref name="clause"/>, trimmed.</summary>
    public ReadOnlySpan<char> ClauseText(Clause clause) => Text.AsSpan(clause.Start, clause.End - clause.Start).Trim();

    /// <summary><paramref name="start"/>..<paramref name="end"/> without the white space at either edge.</summary>
    public TextSpan Trimmed(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(Text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(Text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>The end of <paramref name="modal"/> and of its repetitions (要要, a typo PS2005 reports).</summary>
    public int SkipRepeats(ModalityMatch modal)
    {
        int end = modal.Span.End;
        while (end + modal.Word.Length <= Text.Length && Text.AsSpan(end, modal.Word.Length).SequenceEqual(modal.Word))
        {
            end += modal.Word.Length;
        }

        return end;
    }
}
