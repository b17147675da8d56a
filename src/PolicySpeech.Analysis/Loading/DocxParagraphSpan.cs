namespace PolicySpeech.Loading;

/// <summary>One DOCX paragraph as it lies in the loaded text.</summary>
/// <param name="TextStart">Offset of the paragraph's first character in the loaded text.</param>
/// <param name="Length">Length of the paragraph's rendered text (numbering label included).</param>
/// <param name="ParagraphIndex">0-based index of the <c>w:p</c> in body order, table cells included.</param>
/// <param name="OutlineLevel">The outline level (0 = heading 1) from the paragraph or its style, or <see langword="null"/> for body text.</param>
/// <param name="NumberingLabel">The automatic numbering label rendered at the start of the paragraph, or <see langword="null"/>.</param>
internal readonly record struct DocxParagraphSpan(int TextStart, int Length, int ParagraphIndex, int? OutlineLevel, string? NumberingLabel);
