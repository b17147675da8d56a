namespace PolicySpeech.Semantics;

/// <summary>
/// Turns a unit as written (万人, 亿斤, 万千瓦, 个百分点, 1000万's bare 万) into a base unit and a factor, from
/// Lexicons/Semantics/unit-bases.txt and the magnitudes 万/亿/万亿/千/百.
/// </summary>
internal static class UnitNormalizer
{
    private static readonly Lazy<Dictionary<string, (string Base, double Factor)>> Bases = new(() =>
        Lexicons.LexiconReader.ReadRows("Semantics/unit-bases.txt")
                       .Where(r => r.Length >= 3)
                       .ToDictionary(r => r[0], r => (r[1], double.Parse(r[2], System.Globalization.CultureInfo.InvariantCulture)), StringComparer.Ordinal));

    private static readonly (string Prefix, double Factor)[] Magnitudes =
        [("万亿", 1e12), ("千亿", 1e11), ("百亿", 1e10), ("亿", 1e8), ("千万", 1e7), ("百万", 1e6), ("十万", 1e5), ("万", 1e4), ("千", 1e3), ("百", 1e2)];

    /// <summary>The base unit and factor of <paramref name="unit"/>, or null when the unit is not a known one.</summary>
    internal static (string? UnitBase, double Factor)? Normalize(string? unit)
    {
        if (string.IsNullOrEmpty(unit))
        {
            return null;
        }

        if (Bases.Value.TryGetValue(unit, out var exact))
        {
            return exact;
        }

        foreach (var (prefix, factor) in Magnitudes)
        {
            if (!unit.StartsWith(prefix, StringComparison.Ordinal))
            {
                continue;
            }

            var rest = unit[prefix.Length..];
            if (rest.Length == 0)
            {
                return ("units", factor);
            }

            if (Normalize(rest) is { } inner)
            {
                return (inner.UnitBase, inner.Factor * factor);
            }
        }

        return null;
    }

    /// <summary>
    /// <paramref name="value"/> × <paramref name="factor"/> without binary rounding noise (2.809 × 10^10 is 28090000000, not
    /// 28089999999.999996): computed in decimal where both fit, else in double; null when not finite.
    /// </summary>
    internal static double? Scale(double? value, double factor)
    {
        if (value is not { } v || !double.IsFinite(v) || !double.IsFinite(factor))
        {
            return null;
        }

        if (Math.Abs(v) < 1e15 && Math.Abs(factor) <= 1e13)
        {
            return (double)((decimal)v * (decimal)factor);
        }

        double product = v * factor;
        return double.IsFinite(product) ? product : null;
    }
}
