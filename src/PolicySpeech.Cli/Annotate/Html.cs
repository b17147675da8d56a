namespace PolicySpeech.Cli.Annotate;

/// <summary>HTML escaping for text and attribute values.</summary>
internal static class Html
{
    public static string Encode(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new StringBuilder(text.Length + 16);
        Encode(builder, text.AsSpan());
        return builder.ToString();
    }

    public static void Encode(StringBuilder builder, ReadOnlySpan<char> text)
    {
        foreach (char c in text)
        {
            switch (c)
            {
                case '&': builder.Append("&amp;"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '"': builder.Append("&quot;"); break;
                case '\'': builder.Append("&#39;"); break;
                case '\0': builder.Append('\uFFFD'); break;
                default: builder.Append(c); break;
            }
        }
    }
}
