namespace PolicySpeech.Cli.Annotate;

/// <summary>The kinds of <see cref="MarkEvent"/>.</summary>
internal enum MarkEventKind
{
    Open,
    Text,
    Close,
}
