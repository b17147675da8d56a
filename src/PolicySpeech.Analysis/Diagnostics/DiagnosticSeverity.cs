namespace PolicySpeech.Diagnostics;

/// <summary>How serious a diagnostic is. The names are the JSON contract's (<c>hidden</c>, <c>info</c>, <c>warning</c>, <c>error</c>).</summary>
public enum DiagnosticSeverity
{
    /// <summary>Not shown to people; available to tools.</summary>
    Hidden = 0,

    /// <summary>Worth knowing; nothing is wrong.</summary>
    Info = 1,

    /// <summary>Probably a fault in the text.</summary>
    Warning = 2,

    /// <summary>A fault; the command line exits with 1.</summary>
    Error = 3,
}
