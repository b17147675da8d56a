namespace PolicySpeech.Diagnostics;

/// <summary>What a kind of diagnostic is: its stable ID, title, message format, category, default severity and help.</summary>
/// <param name="Id">The stable ID, such as <c>PS1001</c>. IDs are a contract and are never reused.</param>
/// <param name="Title">A short title.</param>
/// <param name="MessageFormat">A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for the message.</param>
/// <param name="Category">The category, such as <c>Redaction</c> or <c>Repetition</c>.</param>
/// <param name="DefaultSeverity">The severity unless configuration says otherwise.</param>
/// <param name="IsEnabledByDefault">Whether the diagnostic is reported unless configuration turns it on.</param>
/// <param name="Description">A longer description.</param>
/// <param name="HelpLinkUri">Where the rule's documentation page is.</param>
public sealed record DiagnosticDescriptor(
    string Id,
    string Title,
    string MessageFormat,
    string Category,
    DiagnosticSeverity DefaultSeverity,
    bool IsEnabledByDefault,
    string Description,
    string HelpLinkUri)
{
    /// <summary>The base address of the rule pages; a rule's page is <c>{HelpBase}{Id}.md</c>.</summary>
    public const string HelpBase = "https://github.com/policyspeech/policyspeech/blob/main/docs/rules/";
}
