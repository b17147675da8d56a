namespace PolicySpeech.Analyzers;

/// <summary>The paragraphs and sentences the repetition rules compare, with their normalised hashes.</summary>
internal static class DuplicateUnits
{
    /// <summary>Paragraphs and sentences with fewer Han characters are too short to count as duplicates (要加强组织领导).</summary>
    public const int MinHan = 8;

    /// <summary>
    /// A paragraph: its span, hash, Han count, the index of the earlier paragraph it repeats exactly (-1 if none) and
    /// the index of its first sentence in <see cref="Sentences"/>.
    /// </summary>
    internal readonly record struct Paragraph(ParagraphSyntax Node, (ulong A, ulong B) Hash, int HanCount, int RepeatOf, int FirstSentence);

    /// <summary>
    /// The body paragraphs (and closing) in text order, each marked with the first paragraph it repeats exactly.
    /// Computed once per tree and shared by PS2001, PS2002 and PS2004.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="nodes">The tree's paragraphs and closing in text order, as the driver hands them over (other nodes are skipped).</param>
    public static ImmutableArray<Paragraph> Paragraphs(SpeechSyntaxTree tree, IReadOnlyList<SyntaxNode> nodes) =>
        tree.GetOrCreateAnalysisData(t => new ParagraphList(Compute(t, nodes))).Items;

    /// <summary>The hash of a sentence without its terminator and closing marks.</summary>
    public static (ulong A, ulong B) SentenceHash(SourceText text, SentenceSyntax sentence, out int hanCount)
    {
        var span = text.AsSpan(sentence.Span);
        int end = span.Length;
        while (end > 0 && (SyntaxFacts.IsSentenceTerminator(span[end - 1]) || SyntaxFacts.IsTriviaSpace(span[end - 1])))
        {
            end--;
        }

        return HashAndHanCount(span[..end], out hanCount);
    }

    /// <summary><see cref="TextNormalization.NormalizedHash"/> and <see cref="SyntaxFacts.HanCount"/> in one pass.</summary>
    public static (ulong A, ulong B) HashAndHanCount(ReadOnlySpan<char> s, out int hanCount)
    {
        ulong a = 14695981039346656037UL;
        ulong b = 0x9E3779B97F4A7C15UL;
        int han = 0;
        foreach (var c in s)
        {
            char n;
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han++;
                n = c;
            }
            else
            {
                if (SyntaxFacts.IsHan(c))
                {
                    han++;
                }

                n = TextNormalization.NormalizeChar(c);
                if (n == '\0')
                {
                    continue;
                }
            }

            a = (a ^ n) * 1099511628211UL;
            b = (b ^ n) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
        }

        hanCount = han;
        return (TextNormalization.Mix(a), TextNormalization.Mix(b ^ a));
    }

    /// <summary>
    /// The sentence hashes (as <see cref="SentenceHash"/>) of every paragraph's sentences, in text order: paragraph
    /// <c>p</c>'s sentences are <c>Sentences(tree)[Paragraphs(tree)[p].FirstSentence..]</c>, one per child.
    /// </summary>
    /// <param name="tree">The tree.</param>
    /// <param name="nodes">The tree's paragraphs and closing, as for <see cref="Paragraphs"/>.</param>
    public static ImmutableArray<Sentence> Sentences(SpeechSyntaxTree tree, IReadOnlyList<SyntaxNode> nodes) =>
        tree.GetOrCreateAnalysisData(t => new ParagraphList(Compute(t, nodes))).Sentences;

    /// <summary>A sentence's hash (as <see cref="SentenceHash"/>) and Han count.</summary>
    internal readonly record struct Sentence((ulong A, ulong B) Hash, int HanCount);

    private static (Paragraph[] Paragraphs, Sentence[] Sentences) Compute(SpeechSyntaxTree tree, IReadOnlyList<SyntaxNode> nodes)
    {
        var text = tree.Text;

        // The arrays are sized exactly up front: no list grown by doubling and copied out.
        int paragraphCount = 0;
        int sentenceCount = 0;
        foreach (var node in nodes)
        {
            if (node is ParagraphSyntax paragraph)
            {
                paragraphCount++;
                sentenceCount += paragraph.Children.Length;
            }
        }

        var result = new Paragraph[paragraphCount];
        var sentences = new Sentence[sentenceCount];
        using var first = new FirstIndexTable(paragraphCount);
        int p = 0;
        int s = 0;
        foreach (var node in nodes)
        {
            if (node is not ParagraphSyntax paragraph)
            {
                continue;
            }

            // One pass hashes the paragraph and its sentences (each without its terminator and closing marks).
            int firstSentence = s;
            var paragraphHash = HashState.Create();
            var paragraphSpan = paragraph.Span;
            int position = paragraphSpan.Start;
            foreach (var child in paragraph.Children)
            {
                var span = child.Span;
                int end = span.End;
                while (end > span.Start && (SyntaxFacts.IsSentenceTerminator(text[end - 1]) || SyntaxFacts.IsTriviaSpace(text[end - 1])))
                {
                    end--;
                }

                paragraphHash.Add(text.AsSpan(TextSpan.FromBounds(position, span.Start)));
                var sentenceHash = HashState.Create();
                HashState.AddBoth(text.AsSpan(TextSpan.FromBounds(span.Start, end)), ref paragraphHash, ref sentenceHash);
                paragraphHash.Add(text.AsSpan(TextSpan.FromBounds(end, span.End)));
                sentences[s++] = new Sentence(sentenceHash.Finish(), sentenceHash.Han);
                position = span.End;
            }

            paragraphHash.Add(text.AsSpan(TextSpan.FromBounds(position, paragraphSpan.End)));
            var hash = paragraphHash.Finish();
            int han = paragraphHash.Han;
            int repeatOf = -1;
            if (han >= MinHan && !first.TryAdd(hash, p))
            {
                first.TryGetValue(hash, out repeatOf);
            }

            result[p++] = new Paragraph(paragraph, hash, han, repeatOf, firstSentence);
        }

        return (result, sentences);
    }

    /// <summary>The running state of <see cref="HashAndHanCount"/>.</summary>
    private struct HashState
    {
        private ulong _a;
        private ulong _b;

        public int Han { get; private set; }

        public static HashState Create() => new() { _a = 14695981039346656037UL, _b = 0x9E3779B97F4A7C15UL };

        public void Add(ReadOnlySpan<char> s)
        {
            foreach (var c in s)
            {
                if (Fold(c, out int han) is var n && n != '\0')
                {
                    _a = (_a ^ n) * 1099511628211UL;
                    _b = (_b ^ n) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
                }

                Han += han;
            }
        }

        /// <summary>Adds <paramref name="s"/> to two states at once.</summary>
        public static void AddBoth(ReadOnlySpan<char> s, ref HashState x, ref HashState y)
        {
            ulong xa = x._a, xb = x._b, ya = y._a, yb = y._b;
            int han = 0;
            foreach (var c in s)
            {
                var n = Fold(c, out int h);
                han += h;
                if (n != '\0')
                {
                    xa = (xa ^ n) * 1099511628211UL;
                    xb = (xb ^ n) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
                    ya = (ya ^ n) * 1099511628211UL;
                    yb = (yb ^ n) * 0x100000001B3UL + 0x9E3779B97F4A7C15UL;
                }
            }

            x._a = xa;
            x._b = xb;
            x.Han += han;
            y._a = ya;
            y._b = yb;
            y.Han += han;
        }

        public readonly (ulong A, ulong B) Finish() => (TextNormalization.Mix(_a), TextNormalization.Mix(_b ^ _a));

        /// <summary>The normalised character ('\0' to drop) and whether <paramref name="c"/> is Han (1) or not (0).</summary>
        [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
        private static char Fold(char c, out int han)
        {
            if (c is >= '\u4E00' and <= '\u9FFF')
            {
                han = 1;
                return c;
            }

            han = SyntaxFacts.IsHan(c) ? 1 : 0;
            return TextNormalization.NormalizeChar(c);
        }
    }

    private sealed class ParagraphList((Paragraph[] Paragraphs, Sentence[] Sentences) items)
    {
        public ImmutableArray<Paragraph> Items { get; } = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items.Paragraphs);

        public ImmutableArray<Sentence> Sentences { get; } = System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsImmutableArray(items.Sentences);
    }
}
