namespace PolicySpeech.Cli.Annotate;

/// <summary>One entry of the outline: level 0 is the title, 1 and below are sections; <see cref="Line"/> is 0-based.</summary>
internal sealed record OutlineEntry(int Level, string Text, int Line, string Anchor);
