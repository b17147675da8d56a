using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using PolicySpeech.Syntax;
using PolicySpeech.Tests;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Syntax;

public sealed class RoundTripTests
{
    internal static void AssertWellFormed(string text)
    {
        var tree = SpeechSyntaxTree.Parse(SourceText.From(text));
        Assert.Equal(text, tree.Root.ToFullString());
        int position = 0;
        foreach (var token in tree.Root.DescendantTokens())
        {
            Assert.Equal(position, token.FullSpan.Start);
            foreach (var trivia in token.LeadingTrivia.Concat(token.TrailingTrivia))
            {
                foreach (char c in text.AsSpan(trivia.Span.Start, trivia.Span.Length))
                {
                    Assert.True(char.IsWhiteSpace(c) || c == '\uFEFF', $"non-space trivia {(int)c:X4} at {trivia.Span}");
                }
            }

            position = token.FullSpan.End;
            Assert.True(token.Kind == SyntaxKind.EndOfFileToken || token.Span.Length > 0, $"empty {token.Kind} at {token.Span}");
        }

        Assert.Equal(text.Length, position);
        foreach (var node in tree.Root.DescendantNodes(includeTokens: true))
        {
            Assert.NotNull(node.Parent);
            Assert.True(node.Parent!.FullSpan.Contains(node.FullSpan));
        }

        // No node without children (where FirstToken and LastToken would have nothing to index): their tokens bound the span.
        foreach (var node in tree.Root.DescendantNodes().Prepend(tree.Root).Where(n => !n.IsToken))
        {
            Assert.False(node.Children.IsEmpty, $"{node.Kind} at {node.FullSpan} has no children");
            Assert.Equal(node.Span.Start, node.FirstToken.Span.Start);
            Assert.Equal(node.Span.End, node.LastToken.Span.End);
        }
    }

    [Fact]
    public void SeedRoundTrips() => AssertWellFormed(File.ReadAllText(RepoPaths.Seed));

    [Fact]
    public void CorpusFilesRoundTrip()
    {
        foreach (var file in RepoPaths.CorpusTextFiles.Concat(RepoPaths.CorpusRealFiles))
        {
            AssertWellFormed(File.ReadAllText(file));
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("\n")]
    [InlineData("\r\n\r\n")]
    [InlineData("一、")]
    [InlineData("（一）")]
    [InlineData("“”")]
    [InlineData("，，。。")]
    [InlineData("同志们：")]
    [InlineData("  \u3000\t")]
    [InlineData("a\rb\r\nc\n")]
    [InlineData("\uD800\uDC00\uD800x\uDC00")]
    [InlineData("谢谢")]
    [InlineData("在某会议上的讲话（2020年1月1日）")]
    public void EdgeCasesRoundTrip(string text) => AssertWellFormed(text);

    private static readonly string Alphabet =
        "一二三四五六七八九十是第部分（）()“”\"‘’《》【】、，。；：！？,.:;!?…*＊××XX○□1234567890%年月日要确保力争达以上下左右同志们谢谢大家 \u3000\t\r\n\uD800\uDC00我省全市";

    [Property(MaxTest = 500)]
    public Property RandomTextRoundTrips() =>
        Prop.ForAll(
            Gen.ListOf(Gen.Elements(Alphabet.ToCharArray())).Select(chars => new string([.. chars])).ToArbitrary(),
            text =>
            {
                AssertWellFormed(text);
                return true;
            });

    [Property(MaxTest = 300)]
    public Property ArbitraryStringsRoundTrip() =>
        Prop.ForAll<string>(text =>
        {
            text ??= string.Empty;
            AssertWellFormed(text);
            return true;
        });
}
