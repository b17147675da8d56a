namespace PolicySpeech.Loading;

/// <summary>What the file says about itself: HTML <c>&lt;title&gt;</c> and <c>&lt;meta&gt;</c> date, DOCX core properties.</summary>
/// <param name="Title">The title the file declares, or <see langword="null"/>.</param>
/// <param name="Date">The publication or creation date the file declares, or <see langword="null"/>.</param>
/// <param name="Author">The author the file declares (DOCX creator, HTML <c>author</c> meta), or <see langword="null"/>.</param>
public sealed record DocumentMetadata(string? Title, DateOnly? Date, string? Author)
{
    /// <summary>No metadata at all.</summary>
    public static DocumentMetadata Empty { get; } = new(null, null, null);
}
