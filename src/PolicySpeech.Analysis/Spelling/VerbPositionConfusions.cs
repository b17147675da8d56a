using PolicySpeech.Semantics;
using PolicySpeech.Text;

namespace PolicySpeech.Spelling;

/// <summary>
/// Word-level confusions that only the position shows (Lexicons/Spelling/verb-position-confusions.txt): a noun written where an
/// adverb of effort belongs, between a modal verb or an adverb and the verb it modifies (要活力提升 for 要着力提升). The look-alike
/// detector cannot see these: the word written is a common word. Instances are immutable and thread-safe.
/// </summary>
internal sealed class VerbPositionConfusions
{
    /// <summary>The confidence given to a finding: the position rules the written noun out.</summary>
    internal const double Confidence = 0.9;

    private static readonly Lazy<VerbPositionConfusions> DefaultInstance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, string> _pairs;
    private readonly Semantics.WordSet _before; // modal verbs and adverbs
    private readonly Semantics.WordSet _verbs;

    private VerbPositionConfusions(Dictionary<string, string> pairs, IEnumerable<string> before, IEnumerable<string> verbs)
    {
        _pairs = pairs;
        _before = new Semantics.WordSet(before);
        _verbs = new Semantics.WordSet(verbs);
    }

    /// <summary>The confusions over the built-in lexicons; loaded once, on first use.</summary>
    public static VerbPositionConfusions Default => DefaultInstance.Value;

    /// <summary>The confusions in <c>text[start..start+length)</c>, in text order.</summary>
    /// <param name="text">The text.</param>
    /// <param name="start">Where to start.</param>
    /// <param name="length">How many code units to examine.</param>
    public IEnumerable<TypoFinding> Find(string text, int start, int length)
    {
        List<TypoFinding>? found = null;
        var end = start + length;
        foreach (var (wrong, right) in _pairs)
        {
            for (int i = text.IndexOf(wrong, start, length, StringComparison.Ordinal); i >= 0 && i + wrong.Length <= end;
                 i = i + 1 < end ? text.IndexOf(wrong, i + 1, end - i - 1, StringComparison.Ordinal) : -1)
            {
                var after = i + wrong.Length;
                if (_before.LongestSuffix(text.AsSpan(start, i - start)) is null
                    || _verbs.LongestAt(text.AsSpan(0, end), after) is null)
                {
                    continue;
                }

                int k = 0;
                while (k < wrong.Length && wrong[k] == right[k])
                {
                    k++;
                }

                (found ??= []).Add(new TypoFinding(
                    new TextSpan(i, wrong.Length), wrong, right, new TextSpan(i + k, 1), right[k].ToString(), Confidence, TypoConfusionKind.Curated));
            }
        }

        return found is null ? [] : found.OrderBy(f => f.Span.Start);
    }

    private static VerbPositionConfusions Create()
    {
        var pairs = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in Lexicons.LexiconReader.ReadRows("Spelling/verb-position-confusions.txt"))
        {
            // A pair differs in exactly one character, so the fix replaces one character as every PS5001 fix does.
            if (row.Length >= 2 && row[0].Length == row[1].Length && row[0].Zip(row[1]).Count(p => p.First != p.Second) == 1)
            {
                pairs[row[0]] = row[1];
            }
        }

        var actions = Lexicons.LexiconReader.ReadRows("Semantics/action-verbs.txt");
        var before = Lexicons.LexiconReader.ReadRows("Semantics/modal-verbs.txt").Select(r => r[0])
            .Concat(actions.Where(r => r.Length > 1 && r[1] is "adverb" or "requirement").Select(r => r[0]));
        var verbs = actions.Where(r => r.Length > 1 && r[1] == "verb").Select(r => r[0]);
        return new VerbPositionConfusions(pairs, before, verbs);
    }
}
