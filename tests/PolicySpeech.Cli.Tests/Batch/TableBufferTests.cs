using PolicySpeech.Cli.Batch;

namespace PolicySpeech.Cli.Tests.Batch;

/// <summary>A document's table bytes are kept in chunks and moved to a temporary file past the limit (issue #12, memory), byte for byte.</summary>
public sealed class TableBufferTests
{
    [Theory]
    [InlineData(1L << 40, false)]
    [InlineData(100_000, true)]
    public void RowsComeBackInOrderInMemoryOrSpilled(long spillBytes, bool spilled)
    {
        var expected = new MemoryStream();
        using var buffer = new TableBuffer(spillBytes);
        for (int i = 0; i < 20_000; i++)
        {
            byte[] row = System.Text.Encoding.UTF8.GetBytes($"{{\"row\":{i},\"text\":\"要加强组织领导\"}}\n");
            buffer.Write(row);
            expected.Write(row);
        }

        Assert.Equal(spilled, buffer.IsSpilled);
        Assert.Equal(expected.Length, buffer.Length);
        Assert.Equal(expected.ToArray(), buffer.ToArray());
        Assert.Equal(expected.ToArray(), buffer.ToArray());
    }

    [Fact]
    public void EmptyBufferWritesNothing()
    {
        using var buffer = new TableBuffer();
        Assert.Equal(0, buffer.Length);
        Assert.Empty(buffer.ToArray());
    }
}
