namespace PolicySpeech.Analyzers;

/// <summary>
/// Address lines (同志们！ 各位代表： 女士们、先生们、朋友们！): a sentence made only of addresses recurs in a speech on purpose and is
/// not a duplicate. An item is an address when, after an honorific of <c>Lexicons/Rules/vocatives.txt</c> (亲爱的, 尊敬的), it
/// ends in 们, opens with 各位/诸位, or is a listed address word.
/// </summary>
internal sealed class Vocatives
{
    /// <summary>An address longer than this is a sentence, not a salutation.</summary>
    private const int MaxItemLength = 10;

    private readonly string[] _prefixes;
    private readonly HashSet<string> _addresses;

    /// <summary>The lexicon's rows, <c>type\tword</c>.</summary>
    public Vocatives(IEnumerable<string> rows)
    {
        var prefixes = new List<string>();
        _addresses = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            var parts = row.Split('\t', StringSplitOptions.TrimEntries);
            if (parts.Length < 2)
            {
                continue;
            }

            if (parts[0] == "prefix")
            {
                prefixes.Add(parts[1]);
            }
            else
            {
                _addresses.Add(parts[1]);
            }
        }

        _prefixes = [.. prefixes.OrderByDescending(p => p.Length)];
    }

    /// <summary>The lexicon embedded in the library.</summary>
    public static Vocatives Instance { get; } = new(Lexicons.LexiconReader.ReadRows("Rules/vocatives.txt").Select(r => string.Join('\t', r)));

    /// <summary>Whether <paramref name="sentence"/> holds nothing but addresses and punctuation.</summary>
    public bool IsAddressLine(ReadOnlySpan<char> sentence)
    {
        var rest = sentence.Trim().TrimEnd("！!：:，,。 　");
        if (rest.IsEmpty)
        {
            return false;
        }

        foreach (var range in rest.SplitAny("、，,和及 　"))
        {
            var item = rest[range].Trim();
            if (!item.IsEmpty && !IsAddress(item))
            {
                return false;
            }
        }

        return true;
    }

    private bool IsAddress(ReadOnlySpan<char> item)
    {
        foreach (var prefix in _prefixes)
        {
            if (item.StartsWith(prefix, StringComparison.Ordinal) && item.Length > prefix.Length)
            {
                item = item[prefix.Length..];
                break;
            }
        }

        if (item.Length > MaxItemLength)
        {
            return false;
        }

        return (item.Length >= 2 && item.EndsWith("们")) || item.StartsWith("各位") || item.StartsWith("诸位")
            || _addresses.GetAlternateLookup<ReadOnlySpan<char>>().Contains(item);
    }
}
