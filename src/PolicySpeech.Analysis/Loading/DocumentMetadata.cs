namespace PolicySpeech.Loading;

/// <summary>What the file says about itself: HTML <c>&lt;title&gt;</c> and <c>&lt;meta&gt;</c> date, DOCX core properties.</summary>
public sealed record DocumentMetadata
{
    /// <summary>Creates the value; see the properties for what each argument means.</summary>
    /// <param name="Title">The title the file declares, or <see langword="null"/>.</param>
    /// <param name="Date">The publication or creation date the file declares, or <see langword="null"/>.</param>
    /// <param name="Author">The author the file declares (DOCX creator, HTML <c>author</c> meta), or <see langword="null"/>.</param>
    internal DocumentMetadata(string? Title, DateOnly? Date, string? Author)
    {
        this.Title = Title;
        this.Date = Date;
        this.Author = Author;
    }

    /// <summary>The title the file declares, or <see langword="null"/>.</summary>
    public string? Title { get; internal init; }

    /// <summary>The publication or creation date the file declares, or <see langword="null"/>.</summary>
    public DateOnly? Date { get; internal init; }

    /// <summary>The author the file declares (DOCX creator, HTML <c>author</c> meta), or <see langword="null"/>.</summary>
    public string? Author { get; internal init; }

    /// <summary>No metadata at all.</summary>
    public static DocumentMetadata Empty { get; } = new(null, null, null);
}
