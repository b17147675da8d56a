namespace PolicySpeech.Cli.Annotate;

/// <summary>
/// Document text made safe for a terminal: C0 and C1 control characters (ESC, BEL, CR, backspace …) and DEL are shown as
/// <c>\x1B</c>-style escapes, so that a document cannot set the window title, clear the screen or move the cursor.
/// Tab is kept.
/// </summary>
internal static class TerminalText
{
    /// <summary>Whether <paramref name="c"/> is a control character a terminal would act on.</summary>
    public static bool IsControl(char c) => (c < ' ' && c != '\t' && c != '\n') || (c >= '\u007F' && c <= '\u009F');

    /// <summary><paramref name="text"/> with its control characters escaped (the same string where it has none).</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.AsSpan().ContainsAny(Controls))
        {
            return text;
        }

        var builder = new StringBuilder(text.Length + 8);
        foreach (char c in text)
        {
            if (IsControl(c))
            {
                builder.Append("\\x").Append(((int)c).ToString("X2", CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> Controls = System.Buffers.SearchValues.Create(
        [.. Enumerable.Range(0, 0xA0).Select(i => (char)i).Where(IsControl)]);
}
