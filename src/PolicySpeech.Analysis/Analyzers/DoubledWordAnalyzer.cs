using System.Collections.Frozen;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using PolicySpeech.Spelling;

namespace PolicySpeech.Analyzers;

/// <summary>
/// PS2005: a character or a two-character word written twice by mistake (<c>要要</c>, <c>的的</c>, <c>推进推进</c>).
/// Legitimate reduplication is not reported: the words of <c>Lexicons/Rules/reduplications.txt</c> (常常, 人人,
/// 天天…), any AABB form (扎扎实实), doubled numerals (五五, 一一), and a doubled character whose two halves belong
/// to two different words (工作|作风), and a doubled word each of whose copies belongs to a longer word (资产阶级|阶级斗争). Inside quoted
/// speech a doubled word is the figure of emphatic repetition (反复): a word of <c>Lexicons/Rules/emphatic-repetitions.txt</c>
/// (“要逐步逐步扩大”) is not reported, any other is info with the reason in the message. The fix deletes the second copy.
/// </summary>
[SpeechAnalyzer]
internal sealed class DoubledWordAnalyzer() : BuiltInAnalyzer(BuiltInRules.DoubledWord)
{
    /// <summary>
    /// How far above the out-of-vocabulary score a character's one-character-word score must be for its doubling to
    /// be suspect: ln(40,000) − 1, i.e. a jieba frequency of about 20,000 (要, 的, 是, 在, 们, 进 …).
    /// </summary>
    internal const float CommonSingleMargin = 9.6f;

    private static readonly Lazy<Reduplications> Known = new(() => new Reduplications([.. Lexicons.LexiconReader.ReadColumn("Rules/reduplications.txt")]));

    private static readonly Lazy<FrozenSet<string>> Emphatic = new(() => Lexicons.LexiconReader.ReadColumn("Rules/emphatic-repetitions.txt").ToFrozenSet(StringComparer.Ordinal));

    /// <inheritdoc/>
    protected override void Register(AnalysisContext context) => context.RegisterDocumentAction(Analyze);

    private static void Analyze(DocumentAnalysisContext context)
    {
        var tree = context.Tree;
        var text = tree.Text.ToString();
        foreach (var (span, unit) in Find(text))
        {
            var word = text.Substring(span.Start, unit);
            var quoted = unit == 2 && InsideQuotedSpeech(text, span.Start);
            if (quoted && Emphatic.Value.Contains(word))
            {
                continue; // emphatic repetition in quoted speech (反复): “要逐步逐步扩大”
            }

            var second = new TextSpan(span.Start + unit, unit);
            var fix = CodeFix.Create($"Delete the second '{word}'", [new TextChange(second, string.Empty)], isSafe: true);
            var properties = ImmutableDictionary<string, string?>.Empty.Add("word", word);
            var diagnostic = Diagnostic.Create(BuiltInRules.DoubledWord, RuleText.Location(tree, span), null, properties, fix, word, text.Substring(span.Start, span.Length));
            if (quoted)
            {
                const string Reason = "it is inside quoted speech, where a word may be repeated for emphasis";
                diagnostic = diagnostic.WithWeakEvidence(Reason);
            }

            context.ReportDiagnostic(diagnostic);
        }
    }

    /// <summary>The doubled runs of a text: the span of both copies and the length of one copy.</summary>
    internal static IEnumerable<(TextSpan Span, int Unit)> Find(string text)
    {
        int i = 0;
        while (i + 1 < text.Length)
        {
            i = SkipUnrepeated(text, i);
            char a = text[i];
            if (!SyntaxFacts.IsHan(a))
            {
                i++;
                continue;
            }

            if (text[i + 1] == a)
            {
                if (IsSuspectDoubledCharacter(text, i))
                {
                    yield return (new TextSpan(i, 2), 1);
                    i += 2;
                    continue;
                }
            }
            else if (i + 3 < text.Length && text[i + 2] == a && text[i + 3] == text[i + 1] && SyntaxFacts.IsHan(text[i + 1])
                && IsSuspectDoubledWord(text, i))
            {
                yield return (new TextSpan(i, 4), 2);
                i += 4;
                continue;
            }

            i++;
        }
    }

    /// <summary>
    /// The first position from <paramref name="start"/> whose character may start a finding — it equals the next
    /// character or the one after — or a position near the end of the text (vectorised; every skipped position would
    /// have been passed over one by one).
    /// </summary>
    private static int SkipUnrepeated(string text, int start)
    {
        int i = start;
        if (!Vector128.IsHardwareAccelerated)
        {
            return i;
        }

        ref ushort first = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan()));
        int last = text.Length - 2 - Vector128<ushort>.Count;
        while (i <= last)
        {
            var v0 = Vector128.LoadUnsafe(ref first, (nuint)i);
            var v1 = Vector128.LoadUnsafe(ref first, (nuint)(i + 1));
            var v2 = Vector128.LoadUnsafe(ref first, (nuint)(i + 2));
            var hits = Vector128.Equals(v0, v1) | Vector128.Equals(v0, v2);
            if (hits != Vector128<ushort>.Zero)
            {
                return i + (BitOperations.TrailingZeroCount(hits.ExtractMostSignificantBits()));
            }

            i += Vector128<ushort>.Count;
        }

        return i;
    }

    /// <summary>
    /// Whether <paramref name="position"/> is inside quoted speech: the nearest quotation mark before it in its paragraph opens a
    /// quotation (“ 「 『). A paragraph of a multi-paragraph quotation opens with “ too, so it counts.
    /// </summary>
    private static bool InsideQuotedSpeech(string text, int position)
    {
        for (int i = position - 1; i >= 0; i--)
        {
            switch (text[i])
            {
                case '“' or '「' or '『':
                    return true;
                case '”' or '」' or '』' or '\n':
                    return false;
            }
        }

        return false;
    }

    private static bool IsNumeral(char c) => c is '一' or '二' or '三' or '四' or '五' or '六' or '七' or '八' or '九' or '十' or '零' or '〇' or '两' or '百' or '千' or '万' or '亿';

    private static bool IsSuspectDoubledCharacter(string text, int i)
    {
        char a = text[i];
        if (IsNumeral(a))
        {
            return false; // 五五普法, 一一对应, 十十
        }

        // AABB (扎扎实实) or the BB of it.
        if (i + 3 < text.Length && text[i + 2] == text[i + 3] && text[i + 2] != a && SyntaxFacts.IsHan(text[i + 2]))
        {
            return false;
        }

        if (i >= 2 && text[i - 2] == text[i - 1] && text[i - 1] != a && SyntaxFacts.IsHan(text[i - 1]))
        {
            return false;
        }

        if (Known.Value.Covers(text, i, 2))
        {
            return false;
        }

        var lexicon = TypoDetector.Default.Lexicon;
        float rare = lexicon.OutOfVocabularyLogProb + TypoDetector.RareWordLogFrequency;
        bool IsWord(int start, int length)
        {
            if (start < 0 || start + length > text.Length)
            {
                return false;
            }

            for (int k = start; k < start + length; k++)
            {
                if (!SyntaxFacts.IsHan(text[k]))
                {
                    return false;
                }
            }

            return lexicon.TryGetLogProb(text.AsSpan(start, length), out var lp) && lp > rare;
        }

        // A word containing both copies (楚楚动人, 蒸蒸日上).
        for (int length = 2; length <= 4; length++)
        {
            for (int start = i + 2 - length; start <= i; start++)
            {
                if (IsWord(start, length))
                {
                    return false;
                }
            }
        }

        // A slip doubles a common one-character word (要要, 的的); a rarer character doubled is a name or an
        // abbreviation (屠呦呦, 吉尔吉斯斯坦, 广汕汕高铁).
        if (lexicon.SingleScore(a) < lexicon.OutOfVocabularyLogProb + CommonSingleMargin)
        {
            return false;
        }

        // One copy belongs to a word with its neighbour: 工作|作风, 安全|全面, 钉钉子.
        bool endsWord = IsWord(i - 1, 2) || IsWord(i - 2, 3) || IsWord(i - 3, 4);
        bool startsWord = IsWord(i + 1, 2) || IsWord(i + 1, 3) || IsWord(i + 1, 4);
        return !(endsWord || startsWord);
    }

    private static bool IsSuspectDoubledWord(string text, int i)
    {
        char a = text[i];
        char b = text[i + 1];
        if (IsNumeral(a) || IsNumeral(b) || Known.Value.Covers(text, i, 4))
        {
            return false;
        }

        var lexicon = TypoDetector.Default.Lexicon;
        float rare = lexicon.OutOfVocabularyLogProb + TypoDetector.RareWordLogFrequency;
        if (!(lexicon.TryGetLogProb(text.AsSpan(i, 2), out var lp) && lp > rare))
        {
            return false; // not a word: an accident of two neighbouring words
        }

        // A four-character word of its own (rare) is legitimate.
        if (lexicon.TryGetLogProb(text.AsSpan(i, 4), out var whole) && whole > rare)
        {
            return false;
        }

        // Each copy belongs to a longer word with its outer neighbours: two words that share the doubled word (资产阶级|阶级斗争).
        return !(EndsLongerWord(text, i, lexicon, rare) && StartsLongerWord(text, i + 2, lexicon, rare));
    }

    /// <summary>Whether a word of three or four characters ends with the two characters at <paramref name="i"/>.</summary>
    private static bool EndsLongerWord(string text, int i, TypoLexicon lexicon, float rare)
    {
        for (int extra = 1; extra <= 2; extra++)
        {
            if (i - extra >= 0 && AllHan(text, i - extra, extra) && lexicon.TryGetLogProb(text.AsSpan(i - extra, 2 + extra), out var lp) && lp > rare)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Whether a word of three or four characters starts with the two characters at <paramref name="i"/>.</summary>
    private static bool StartsLongerWord(string text, int i, TypoLexicon lexicon, float rare)
    {
        for (int extra = 1; extra <= 2; extra++)
        {
            if (i + 2 + extra <= text.Length && AllHan(text, i + 2, extra) && lexicon.TryGetLogProb(text.AsSpan(i, 2 + extra), out var lp) && lp > rare)
            {
                return true;
            }
        }

        return false;
    }

    private static bool AllHan(string text, int start, int length)
    {
        for (int k = start; k < start + length; k++)
        {
            if (!SyntaxFacts.IsHan(text[k]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The listed legitimate reduplications, by the characters they contain.</summary>
    private sealed class Reduplications
    {
        private readonly FrozenSet<string> _words;
        private readonly int _maxLength;

        public Reduplications(ImmutableArray<string> words)
        {
            _words = words.ToFrozenSet(StringComparer.Ordinal);
            _maxLength = words.IsEmpty ? 0 : words.Max(w => w.Length);
        }

        /// <summary>Whether a listed word covers <c>text[start..start+length)</c>.</summary>
        public bool Covers(string text, int start, int length)
        {
            for (int wordLength = length; wordLength <= _maxLength; wordLength++)
            {
                for (int s = Math.Max(0, start + length - wordLength); s <= start && s + wordLength <= text.Length; s++)
                {
                    if (_words.Contains(text.Substring(s, wordLength)))
                    {
                        return true;
                    }
                }
            }

            return false;
        }
    }
}
