using System.Text;
using PolicySpeech.Text;

namespace PolicySpeech.Tests.Spelling;

/// <summary>Parses test inputs that mark expected spans as <c>{|ID:text|}</c>.</summary>
internal static class TypoMarkup
{
    /// <summary>Removes the markers and returns the plain text and the expected (id, span) pairs.</summary>
    public static (string Text, IReadOnlyList<(string Id, TextSpan Span)> Expected) Parse(string markup)
    {
        var text = new StringBuilder();
        var expected = new List<(string, TextSpan)>();
        var i = 0;
        while (i < markup.Length)
        {
            if (markup.AsSpan(i).StartsWith("{|"))
            {
                var colon = markup.IndexOf(':', i + 2);
                var close = markup.IndexOf("|}", i + 2, StringComparison.Ordinal);
                if (colon < 0 || close < 0 || colon > close)
                {
                    throw new FormatException($"Bad marker at {i} in '{markup}'.");
                }

                var id = markup[(i + 2)..colon];
                var inner = markup[(colon + 1)..close];
                expected.Add((id, new TextSpan(text.Length, inner.Length)));
                text.Append(inner);
                i = close + 2;
            }
            else
            {
                text.Append(markup[i]);
                i++;
            }
        }

        return (text.ToString(), expected);
    }
}
