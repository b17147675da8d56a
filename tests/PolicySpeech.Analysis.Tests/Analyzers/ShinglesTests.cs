using PolicySpeech.Analyzers;

namespace PolicySpeech.Tests.Analyzers;

/// <summary>PS2004's signature estimate counts equal values exactly, whatever the vector width.</summary>
public sealed class ShinglesTests
{
    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void EstimatedSimilarityIsTheShareOfEqualValues(int seed)
    {
        var random = new Random(seed);
        var a = new ulong[Shingles.SignatureLength];
        var b = new ulong[Shingles.SignatureLength];
        for (int k = 0; k < a.Length; k++)
        {
            a[k] = (ulong)random.NextInt64();
            b[k] = random.Next(3) == 0 ? (ulong)random.NextInt64() : a[k];
        }

        int equal = a.Zip(b).Count(p => p.First == p.Second);
        Assert.Equal((double)equal / a.Length, Shingles.EstimatedSimilarity(a, b));
        Assert.Equal(1.0, Shingles.EstimatedSimilarity(a, a));
        Assert.Equal(1.0 / 3, Shingles.EstimatedSimilarity(a.AsSpan(0, 3), [a[0], 0, 0]));
    }
}
