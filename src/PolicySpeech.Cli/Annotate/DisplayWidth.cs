namespace PolicySpeech.Cli.Annotate;

/// <summary>Terminal column widths: East Asian wide and full-width characters take two columns, combining marks none.</summary>
internal static class DisplayWidth
{
    public static int Of(string text)
    {
        int width = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            width += Of(rune);
        }

        return width;
    }

    public static int Of(Rune rune)
    {
        int c = rune.Value;
        if (c == 0 || c < 32 || (c >= 0x7F && c < 0xA0))
        {
            return 0;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return 0;
        }

        return IsWide(c) ? 2 : 1;
    }

    /// <summary>Pads with spaces on the right to a display width (never truncates).</summary>
    public static string PadRight(string text, int width)
    {
        int w = Of(text);
        return w >= width ? text : text + new string(' ', width - w);
    }

    /// <summary>Cuts a string to at most <paramref name="width"/> columns, ending with '…' when cut.</summary>
    public static string Truncate(string text, int width)
    {
        if (Of(text) <= width)
        {
            return text;
        }

        var builder = new StringBuilder();
        int used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            int w = Of(rune);
            if (used + w > width - 1)
            {
                break;
            }

            builder.Append(rune.ToString());
            used += w;
        }

        return builder.Append('…').ToString();
    }

    // East Asian Width W and F ranges (Unicode 15, UAX #11), condensed.
    private static bool IsWide(int c) =>
        (c >= 0x1100 && c <= 0x115F) || c == 0x2329 || c == 0x232A ||
        (c >= 0x2E80 && c <= 0x303E) || (c >= 0x3041 && c <= 0x33FF) ||
        (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x4E00 && c <= 0x9FFF) ||
        (c >= 0xA000 && c <= 0xA4CF) || (c >= 0xA960 && c <= 0xA97F) ||
        (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
        (c >= 0xFE10 && c <= 0xFE19) || (c >= 0xFE30 && c <= 0xFE6F) ||
        (c >= 0xFF00 && c <= 0xFF60) || (c >= 0xFFE0 && c <= 0xFFE6) ||
        (c >= 0x1F300 && c <= 0x1F64F) || (c >= 0x1F900 && c <= 0x1F9FF) ||
        (c >= 0x20000 && c <= 0x2FFFD) || (c >= 0x30000 && c <= 0x3FFFD);
}
