using PolicySpeech.Text;

namespace PolicySpeech.Semantics;

/// <summary>A match a recogniser found in the text: where it is.</summary>
internal interface IRecognizedSpan
{
    /// <summary>Where the match is, in UTF-16 code units of the document text.</summary>
    TextSpan Span { get; }
}
