namespace PolicySpeech.Diagnostics;

/// <summary>
/// What a kind of diagnostic is: its stable ID, title, message format, category, default severity and help. Immutable;
/// created, as Roslyn's, with named arguments: <c>new DiagnosticDescriptor(id: "ACME001", title: …, …)</c>.
/// </summary>
public sealed class DiagnosticDescriptor
{
    /// <summary>The base address of the rule pages; a rule's page is <c>{HelpBase}{Id}.md</c>.</summary>
    internal const string HelpBase = "https://github.com/policyspeech/policyspeech/blob/main/docs/rules/";

    /// <summary>Creates a descriptor.</summary>
    /// <param name="id">The stable ID, such as <c>PS1001</c>. IDs are a contract and are never reused.</param>
    /// <param name="title">A short title.</param>
    /// <param name="messageFormat">A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for the message.</param>
    /// <param name="category">The category, such as <c>Redaction</c> or <c>Repetition</c>.</param>
    /// <param name="defaultSeverity">The severity unless configuration says otherwise.</param>
    /// <param name="isEnabledByDefault">Whether the diagnostic is reported unless configuration turns it on.</param>
    /// <param name="description">A longer description.</param>
    /// <param name="helpLinkUri">Where the rule's documentation page is.</param>
    public DiagnosticDescriptor(
        string id,
        string title,
        string messageFormat,
        string category,
        DiagnosticSeverity defaultSeverity,
        bool isEnabledByDefault,
        string description,
        string helpLinkUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(id);
        ArgumentNullException.ThrowIfNull(title);
        ArgumentNullException.ThrowIfNull(messageFormat);
        ArgumentNullException.ThrowIfNull(category);
        ArgumentNullException.ThrowIfNull(description);
        ArgumentNullException.ThrowIfNull(helpLinkUri);
        (Id, Title, MessageFormat, Category) = (id, title, messageFormat, category);
        (DefaultSeverity, IsEnabledByDefault, Description, HelpLinkUri) = (defaultSeverity, isEnabledByDefault, description, helpLinkUri);
    }

    /// <summary>The stable ID, such as <c>PS1001</c>. IDs are a contract and are never reused.</summary>
    public string Id { get; }

    /// <summary>A short title.</summary>
    public string Title { get; }

    /// <summary>A composite format string (<see cref="string.Format(IFormatProvider, string, object[])"/>) for the message.</summary>
    public string MessageFormat { get; }

    /// <summary>The category, such as <c>Redaction</c> or <c>Repetition</c>.</summary>
    public string Category { get; }

    /// <summary>The severity unless configuration says otherwise.</summary>
    public DiagnosticSeverity DefaultSeverity { get; }

    /// <summary>Whether the diagnostic is reported unless configuration turns it on.</summary>
    public bool IsEnabledByDefault { get; }

    /// <summary>A longer description.</summary>
    public string Description { get; }

    /// <summary>Where the rule's documentation page is.</summary>
    public string HelpLinkUri { get; }

    /// <inheritdoc/>
    public override string ToString() => Id;
}
