using PolicySpeech.Spelling;
using System.Security.Cryptography;
using PolicySpeech.Analyzers;

namespace PolicySpeech.Tests.Spelling;

/// <summary>The embedded binary lexicon (Lexicons/Typos/words.bin) must be exactly what its text sources build.</summary>
public sealed class TypoLexiconBinaryTests
{
    private static byte[] Embedded()
    {
        var assembly = typeof(TypoDetector).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Lexicons.Typos.words.bin", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void Embedded_binary_matches_the_text_sources()
    {
        using var fresh = new MemoryStream();
        TypoDetector.WriteDefaultLexiconBinary(fresh);
        Assert.True(
            SHA256.HashData(fresh.ToArray()).SequenceEqual(SHA256.HashData(Embedded())),
            "words.bin is stale: run tools/lexicon/build_typo_binary.sh");
    }

    [Fact]
    public void Binary_round_trip_keeps_every_lookup()
    {
        var text = TypoDetector.LoadDefaultLexiconFromText(typeof(TypoDetector).Assembly);
        var binary = TypoLexicon.ReadBinary(Embedded());
        Assert.Equal(text.Count, binary.Count);
        Assert.Equal(text.OutOfVocabularyLogProb, binary.OutOfVocabularyLogProb);
        foreach (var word in new[] { "巾帼", "覆盖面", "干部", "法治建设", "职责", "责任", "工作", "中华人民" })
        {
            Assert.Equal(text.TryGetLogProb(word, out var a), binary.TryGetLogProb(word, out var b));
            Assert.Equal(a, b);
        }

        for (char c = '\u4E00'; c <= '\u9FFF'; c++)
        {
            Assert.Equal(text.SingleScore(c), binary.SingleScore(c));
        }

        Assert.Equal(text.HasBigram('巾', '帼'), binary.HasBigram('巾', '帼'));
        Assert.True(binary.HasBigram('巾', '帼'));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(100)]
    public void Truncated_binary_is_rejected(int length)
    {
        var bytes = Embedded();
        Assert.Throws<InvalidDataException>(() => TypoLexicon.ReadBinary(bytes.AsSpan(0, Math.Min(length, bytes.Length))));
    }
}
