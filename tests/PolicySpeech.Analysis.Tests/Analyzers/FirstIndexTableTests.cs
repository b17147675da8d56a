using PolicySpeech.Analyzers;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>The duplicate rules' table of first occurrences behaves as a dictionary filled with TryAdd.</summary>
public sealed class FirstIndexTableTests
{
    [Theory]
    [InlineData(0, 50)]
    [InlineData(10, 200)]
    [InlineData(1000, 3000)]
    public void AgreesWithADictionary(int capacity, int keys)
    {
        var random = new Random(7);
        var expected = new Dictionary<(ulong, ulong), int>();
        using var table = new FirstIndexTable(Math.Max(capacity, keys));
        for (int i = 0; i < keys; i++)
        {
            // Few distinct values, and keys that share a first half, so that repeats and probing both happen.
            var key = ((ulong)random.Next(keys / 3 + 1) << 40, (ulong)random.Next(3));
            Assert.Equal(expected.TryAdd(key, i), table.TryAdd(key, i));
            Assert.True(table.TryGetValue(key, out int index));
            Assert.Equal(expected[key], index);
        }

        Assert.False(table.TryGetValue((ulong.MaxValue, 12345), out int missing));
        Assert.Equal(-1, missing);
    }
}
