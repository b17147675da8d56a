using PolicySpeech.Text;

namespace PolicySpeech.Loading;

/// <summary>What a format loader produces.</summary>
/// <param name="Text">The loaded text.</param>
/// <param name="Metadata">The file's metadata.</param>
/// <param name="SourceMap">The map back to the file.</param>
internal sealed record LoadedContent(SourceText Text, DocumentMetadata Metadata, SourceMap SourceMap);
