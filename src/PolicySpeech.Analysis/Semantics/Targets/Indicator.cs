using System.Collections.Immutable;

namespace PolicySpeech.Semantics;

/// <summary>One canonical indicator of the embedded catalogue (Lexicons/Semantics/indicators.txt). Immutable.</summary>
public sealed class Indicator
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Id">The stable id (gdp_growth, cpi, urban_new_jobs …): a column name of the wide table.</param>
    /// <param name="ChineseName">The canonical Chinese name (国内生产总值增长).</param>
    /// <param name="EnglishName">The English name (GDP growth).</param>
    /// <param name="UnitClass">percent, points, persons, money, weight, energy, power, area, length, count, index, years or other.</param>
    /// <param name="Patterns">The ways texts write it (地区生产总值增长, GDP增长 …); the longest match wins.</param>
    internal Indicator(string Id, string ChineseName, string EnglishName, string UnitClass, ImmutableArray<string> Patterns)
    {
        this.Id = Id;
        this.ChineseName = ChineseName;
        this.EnglishName = EnglishName;
        this.UnitClass = UnitClass;
        this.Patterns = Patterns;
    }

    /// <summary>The stable id (gdp_growth, cpi, urban_new_jobs …): a column name of the wide table.</summary>
    public string Id { get; internal init; }

    /// <summary>The canonical Chinese name (国内生产总值增长).</summary>
    public string ChineseName { get; internal init; }

    /// <summary>The English name (GDP growth).</summary>
    public string EnglishName { get; internal init; }

    /// <summary>percent, points, persons, money, weight, energy, power, area, length, count, index, years or other.</summary>
    public string UnitClass { get; internal init; }

    /// <summary>The ways texts write it (地区生产总值增长, GDP增长 …); the longest match wins.</summary>
    public ImmutableArray<string> Patterns { get; internal init; }
}
