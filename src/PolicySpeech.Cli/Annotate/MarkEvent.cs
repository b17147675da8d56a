namespace PolicySpeech.Cli.Annotate;

/// <summary>
/// One step of a properly nested rendering: open a mark, write text <c>[Start, End)</c>, or close a mark. <see cref="IsLastPiece"/>
/// tells a close whether the mark ends here (rather than being split and reopened).
/// </summary>
internal readonly record struct MarkEvent(MarkEventKind Kind, Mark Mark, int Start, int End, bool IsLastPiece);
