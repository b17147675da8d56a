namespace PolicySpeech.Cli;

/// <summary>The contract strings of the library's enums in tables (zone, kind, deadline source): the member name in lower case.</summary>
internal static class ContractNames
{
    public static string Of<T>(T value)
        where T : struct, Enum => value.ToString().ToLowerInvariant();
}
