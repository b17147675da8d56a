using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>
/// Marks the commitments of a repeated passage (the same sentence written twice, as PS2002 reports it): each later copy carries
/// <see cref="Commitment.DuplicateOf"/>, the index of the first one, so that a count of commitments can leave them out.
/// </summary>
internal sealed class RepeatedPassagePass : ICommitmentPass
{
    /// <summary>Sentences shorter than this are set phrases that recur on purpose (加强党的领导), not a repeated passage.</summary>
    private const int MinimumSentenceLength = 12;

    /// <inheritdoc/>
    public void Run(List<CommitmentDraft> drafts, DocumentScope document)
    {
        var text = document.Text.AsSpan();

        // The first sentence of each text (by hash, then by comparing the text) with the index of its first commitment; only once a
        // sentence is seen again are the commitments of its first copy indexed by (text, action, metric). No sentence is copied.
        var firstOfText = new FirstSentences(drafts.Count);
        var firstOfCommitment = new Dictionary<(TextSpan Sentence, string Text, string Action, string? Metric), int>();
        var indexed = new HashSet<TextSpan>();
        var lastSpan = default(TextSpan);
        (TextSpan Sentence, int Draft)? first = null;
        for (int i = 0; i < drafts.Count; i++)
        {
            var draft = drafts[i];
            if (draft.Sentence.Length < MinimumSentenceLength)
            {
                continue;
            }

            if (i == 0 || draft.Sentence != lastSpan)
            {
                // The commitments of one sentence are consecutive: each sentence is looked up once.
                lastSpan = draft.Sentence;
                first = FirstOf(text, draft.Sentence, i, firstOfText);
                if (first is { } f && indexed.Add(f.Sentence))
                {
                    for (int j = f.Draft; j < drafts.Count && drafts[j].Sentence == f.Sentence; j++)
                    {
                        firstOfCommitment.TryAdd(Key(f.Sentence, drafts[j]), j);
                    }
                }
            }

            if (first is not { } original)
            {
                continue;
            }

            var key = Key(original.Sentence, draft);
            if (firstOfCommitment.TryGetValue(key, out int index))
            {
                if (drafts[index].Sentence != draft.Sentence)
                {
                    draft.DuplicateOf = index;
                }
            }
            else
            {
                firstOfCommitment[key] = i; // first written in this copy: a later copy repeats this one
            }
        }
    }

    private static (TextSpan, string, string, string?) Key(TextSpan sentence, CommitmentDraft c) => (sentence, c.Text, c.Action, c.Metric?.Text);

    /// <summary>
    /// The first sentence with the text of <paramref name="sentence"/> and the index of its first commitment, where that is an
    /// earlier sentence; null where this is the first (it is then recorded, with <paramref name="draft"/>).
    /// </summary>
    private static (TextSpan Sentence, int Draft)? FirstOf(ReadOnlySpan<char> text, TextSpan sentence, int draft, FirstSentences firstOfText)
    {
        var span = text.Slice(sentence.Start, sentence.Length);
        int hash = string.GetHashCode(span, StringComparison.Ordinal);
        bool seen = firstOfText.Heads.TryGetValue(hash, out int head);
        if (seen)
        {
            for (int i = head; i >= 0; i = firstOfText.Entries[i].Next)
            {
                var candidate = firstOfText.Entries[i];
                if (candidate.Sentence.Length == sentence.Length && text.Slice(candidate.Sentence.Start, candidate.Sentence.Length).SequenceEqual(span))
                {
                    return (candidate.Sentence, candidate.Draft);
                }
            }
        }

        firstOfText.Entries.Add((sentence, draft, seen ? head : -1));
        firstOfText.Heads[hash] = firstOfText.Entries.Count - 1;
        return null;
    }

    /// <summary>The first sentence of each text: chains of entries with the same hash, without a list per hash.</summary>
    private sealed class FirstSentences(int capacity)
    {
        public Dictionary<int, int> Heads { get; } = new(capacity);

        public List<(TextSpan Sentence, int Draft, int Next)> Entries { get; } = new(capacity);
    }
}
