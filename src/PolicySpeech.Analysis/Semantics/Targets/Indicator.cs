namespace PolicySpeech.Semantics;

/// <summary>One canonical indicator of the catalogue (Lexicons/Semantics/indicators.txt).</summary>
internal sealed record Indicator(string Id, string ChineseName, string EnglishName, string UnitClass, string[] Patterns);
