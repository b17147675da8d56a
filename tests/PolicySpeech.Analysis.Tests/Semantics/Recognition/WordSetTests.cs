using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Recognition;

/// <summary>The one multi-word matcher (a trie) answers exactly like a plain search through each word.</summary>
public sealed class WordSetTests
{
    private static readonly string[] Words = ["去年", "过去五年", "今年是", "收官之年", "要", "确保", "主要预期目标", "x", "过去", "五年", "年"];
    private static readonly WordSet Set = new(Words);

    private static Arbitrary<string> Texts() =>
        Gen.ListOf(Gen.Elements("去年过去五今是收官之要确保主预期目标明天x y".ToCharArray())).Select(c => new string([.. c])).ToArbitrary();

    private static string? NaivePrefix(string text) =>
        Words.Where(w => text.StartsWith(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).FirstOrDefault();

    private static string? NaiveSuffix(string text) =>
        Words.Where(w => text.EndsWith(w, StringComparison.Ordinal)).OrderByDescending(w => w.Length).FirstOrDefault();

    [Theory]
    [InlineData("去年增长5.2%", true)]
    [InlineData("过去五年累计完成", true)]
    [InlineData("今年是收官之年", true)]
    [InlineData("明天继续推进", false)]
    [InlineData("", false)]
    [InlineData("过", false)]
    public void KnownCases(string text, bool expected) => Assert.Equal(expected, Set.ContainsAny(text));

    [Theory]
    [InlineData("过去五年累计", "过去五年")]
    [InlineData("过去一年", "过去")]
    [InlineData("确保完成", "确保")]
    [InlineData("确", null)]
    [InlineData("", null)]
    public void LongestPrefixIsTheLongestWord(string text, string? expected) => Assert.Equal(expected, Set.LongestPrefix(text));

    [Theory]
    [InlineData("在过去五年", "过去五年")]
    [InlineData("在收官之年", "收官之年")]
    [InlineData("这五年", "五年")]
    [InlineData("明天", null)]
    public void LongestSuffixIsTheLongestWord(string text, string? expected) => Assert.Equal(expected, Set.LongestSuffix(text));

    [Fact]
    public void PositionsOutsideTheTextMatchNothing()
    {
        Assert.Null(Set.LongestAt("去年", 2));
        Assert.Null(Set.LongestAt("去年", -1));
        Assert.Equal("年", Set.LongestAt("去年", 1));
        Assert.Equal("去年", Set.LongestEndingAt("去年要", 2));
        Assert.Null(Set.LongestEndingAt("去年要", 0));
    }

    [Fact]
    public void EnumeratesDistinctWordsLongestFirst()
    {
        var set = new WordSet(["要", "需要", "要", "必须", "应"]);
        Assert.Equal(["需要", "必须", "要", "应"], set);
        Assert.Equal(4, set.Count);
    }

    [Fact]
    public void AnEmptyWordMatchesEverywhere()
    {
        var set = new WordSet(["", "要"]);
        Assert.True(set.ContainsAny("明天"));
        Assert.Equal("", set.LongestPrefix("明天"));
        Assert.Equal("要", set.LongestPrefix("要求"));
        Assert.False(new WordSet([]).ContainsAny("要"));
        Assert.Null(new WordSet([]).LongestPrefix("要"));
    }

    [Property(MaxTest = 500)]
    public Property AgreesWithPlainSearch() =>
        Prop.ForAll(Texts(), text => Set.ContainsAny(text) == Words.Any(w => text.Contains(w, StringComparison.Ordinal)));

    [Property(MaxTest = 500)]
    public Property LongestPrefixAgreesWithPlainSearch() =>
        Prop.ForAll(Texts(), text => Set.LongestPrefix(text) == NaivePrefix(text)
            && Set.StartsWithAny(text) == (NaivePrefix(text) is not null)
            && Set.PrefixLength(text) == (NaivePrefix(text)?.Length ?? 0));

    [Property(MaxTest = 500)]
    public Property LongestSuffixAgreesWithPlainSearch() =>
        Prop.ForAll(Texts(), text => Set.LongestSuffix(text) == NaiveSuffix(text));

    [Property(MaxTest = 300)]
    public Property LongestAtAgreesWithPlainSearchAtEveryPosition() =>
        Prop.ForAll(Texts(), text => Enumerable.Range(0, text.Length).All(i => Set.LongestAt(text, i) == NaivePrefix(text[i..])
            && Set.LongestEndingAt(text, i + 1) == NaiveSuffix(text[..(i + 1)])));
}
