using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicySpeech.Semantics;

namespace PolicySpeech.Tests.Semantics.Recognition;

/// <summary>The first-character word set answers exactly like a plain search for each word.</summary>
public sealed class WordSetTests
{
    private static readonly string[] Words = ["去年", "过去五年", "今年是", "收官之年", "要", "确保", "主要预期目标", "x"];
    private static readonly WordSet Set = new(Words);

    [Theory]
    [InlineData("去年增长5.2%", true)]
    [InlineData("过去五年累计完成", true)]
    [InlineData("今年是收官之年", true)]
    [InlineData("明年继续推进", false)]
    [InlineData("", false)]
    [InlineData("过去", false)]
    public void KnownCases(string text, bool expected) => Assert.Equal(expected, Set.ContainsAny(text));

    [Property(MaxTest = 500)]
    public Property AgreesWithPlainSearch() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements("去年过去五今是收官之要确保主预期目标明天x y".ToCharArray())).Select(c => new string([.. c])).ToArbitrary(),
            text => Set.ContainsAny(text) == Words.Any(w => text.Contains(w, StringComparison.Ordinal)));
}
