using System.Buffers.Binary;
using System.Security.Cryptography;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// <c>--shard K/N</c>: the inputs whose stable hash falls in bucket K (1-based) of N. The hash is the first eight bytes of
/// the SHA-256 of the input's path (UTF-8, as shown in <c>documents.csv</c>) read as a big-endian number, modulo N: it
/// depends on the path alone, not on which other files a machine sees, so every machine agrees on the split.
/// </summary>
/// <param name="Index">K, from 1 to <paramref name="Count"/>.</param>
/// <param name="Count">N.</param>
internal sealed record ShardSpec(int Index, int Count)
{
    /// <summary>Parses <c>K/N</c>.</summary>
    public static ShardSpec Parse(string value)
    {
        var parts = value.Split('/');
        if (parts.Length != 2
            || !int.TryParse(parts[0], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int k)
            || !int.TryParse(parts[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out int n)
            || n < 1 || k < 1 || k > n)
        {
            throw new CliUsageException($"--shard: expected K/N with 1 <= K <= N (for example 2/8), got '{value}'");
        }

        return new ShardSpec(k, n);
    }

    /// <summary>The bucket (0-based) of a path.</summary>
    public static int Bucket(string path, int count)
    {
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(Encoding.UTF8.GetBytes(path), hash);
        return (int)(BinaryPrimitives.ReadUInt64BigEndian(hash) % (ulong)count);
    }

    /// <summary>Whether this shard processes <paramref name="path"/>.</summary>
    public bool Includes(string path) => Bucket(path, Count) == Index - 1;

    /// <inheritdoc/>
    public override string ToString() => $"{Index}/{Count}";
}
