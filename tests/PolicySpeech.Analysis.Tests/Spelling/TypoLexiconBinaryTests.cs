using PolicySpeech.Spelling;
using System.Security.Cryptography;
using PolicySpeech.Analyzers;

namespace PolicySpeech.Tests.Spelling;

/// <summary>
/// The embedded binary lexicon (Lexicons/Spelling/words.bin) must be exactly what its text sources build: the word list
/// tools/lexicon/data/words.txt.gz (a build input, not shipped) and Lexicons/Spelling/policy-words.txt.
/// </summary>
public sealed class TypoLexiconBinaryTests
{
    private static readonly string WordList = Path.Combine(RepoPaths.Root, "tools", "lexicon", "data", "words.txt.gz");

    private static byte[] Embedded()
    {
        var assembly = typeof(TypoDetector).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Lexicons.Spelling.words.bin", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)!;
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    [Fact]
    public void EmbeddedBinaryMatchesTheTextSources()
    {
        using var fresh = new MemoryStream();
        using var words = File.OpenRead(WordList);
        TypoDetector.WriteDefaultLexiconBinary(words, fresh);
        Assert.True(
            SHA256.HashData(fresh.ToArray()).SequenceEqual(SHA256.HashData(Embedded())),
            "words.bin is stale: run tools/lexicon/build_typo_binary.sh");
    }

    [Fact]
    public void BinaryRoundTripKeepsEveryLookup()
    {
        using var words = File.OpenRead(WordList);
        var text = TypoDetector.LoadDefaultLexiconFromText(words);
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

        // Names (a sorted array looked up by binary search): the same answers from both forms, known names and other words.
        foreach (var word in new[] { "北京", "上海市", "张家港", "巾帼", "干部", "工作" })
        {
            var key = TypoLexicon.Pack(word);
            Assert.Equal(text.IsName(key), binary.IsName(key));
        }

        Assert.True(binary.IsName(TypoLexicon.Pack("北京")));
        Assert.False(binary.IsName(TypoLexicon.Pack("干部")));
    }

    [Fact]
    public void TheWordListIsBuiltInNotShipped()
    {
        var names = typeof(TypoDetector).Assembly.GetManifestResourceNames();
        Assert.Contains("PolicySpeech.Lexicons.Spelling.words.bin", names);
        Assert.DoesNotContain(names, n => n.EndsWith("words.txt.gz", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    [InlineData(100)]
    public void TruncatedBinaryIsRejected(int length)
    {
        var bytes = Embedded();
        Assert.Throws<InvalidDataException>(() => TypoLexicon.ReadBinary(bytes.AsSpan(0, Math.Min(length, bytes.Length))));
    }
}
