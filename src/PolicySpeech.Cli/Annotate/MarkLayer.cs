namespace PolicySpeech.Cli.Annotate;

/// <summary>What a marked span is; at one place headings nest outside commitments, and commitments outside findings.</summary>
internal enum MarkLayer
{
    Heading = -1,
    Commitment = 0,
    Finding = 1,
}
