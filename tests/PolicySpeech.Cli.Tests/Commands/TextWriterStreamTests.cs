using System.Text;
using PolicySpeech.Cli.Commands;

namespace PolicySpeech.Cli.Tests.Commands;

/// <summary>check and extract stream their reports to standard output through <see cref="TextWriterStream"/> (issue #12, memory): the text is what decoding all the bytes at once gives.</summary>
public sealed class TextWriterStreamTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(5)]
    [InlineData(4097)]
    public void MultiByteCharactersSplitAcrossWritesAreKept(int chunk)
    {
        string text = string.Concat(Enumerable.Repeat("同志们：要加强\uD83D\uDE00组织领导。abc\n", 500));
        byte[] bytes = Encoding.UTF8.GetBytes(text);
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            for (int i = 0; i < bytes.Length; i += chunk)
            {
                stream.Write(bytes, i, Math.Min(chunk, bytes.Length - i));
                stream.Flush();
            }
        }

        Assert.Equal(text, output.ToString());
    }

    [Fact]
    public void AnIncompleteSequenceAtTheEndIsReplacedAsGetStringDoes()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("讲话"), 0xE5, 0x90];
        var output = new StringWriter();
        using (var stream = new TextWriterStream(output))
        {
            stream.Write(bytes);
        }

        Assert.Equal(Encoding.UTF8.GetString(bytes), output.ToString());
    }
}
