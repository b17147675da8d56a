using PolicySpeech.Syntax;

namespace PolicySpeech.Cli;

/// <summary>Writes a tree's outline, one element a line, with 1-based line numbers.</summary>
internal static class OutlineWriter
{
    public static void Write(TextWriter writer, string path, SpeechSyntaxTree tree)
    {
        var root = tree.Root;
        int Line(SyntaxNode node) => tree.Text.GetLineNumber(node.Span.Start) + 1;
        var paragraphs = root.DescendantNodes().OfType<ParagraphSyntax>().ToList();
        int sentences = root.DescendantNodes().Count(n => n.Kind == SyntaxKind.Sentence);
        WriteLine(writer, $"{path}: {tree.Text.LineCount} lines, {tree.Text.Length} characters, {paragraphs.Count} paragraphs, {sentences} sentences");
        var titleLines = root.TitleLines.ToList();
        if (titleLines.Count == 0)
        {
            WriteLine(writer, "title       (none)");
        }
        else
        {
            string repeated = titleLines.Count > 1 ? $"   (written {titleLines.Count} times: lines {string.Join(", ", titleLines.Select(Line))})" : "";
            WriteLine(writer, $"title       {Line(titleLines[0]),5}  {titleLines[0]}{repeated}");
        }

        foreach (var line in root.FrontMatter.Where(l => l.Kind != SyntaxKind.TitleLine))
        {
            WriteLine(writer, $"{(line.Kind == SyntaxKind.SubtitleLine ? "subtitle" : "front"),-11} {Line(line),5}  {line}");
        }

        if (root.Salutation is { } salutation)
        {
            WriteLine(writer, $"salutation  {Line(salutation),5}  {salutation}");
        }

        foreach (var member in root.Body)
        {
            WriteMember(writer, member, Line);
        }

        if (root.Closing is { } closing)
        {
            WriteLine(writer, $"closing     {Line(closing),5}  {closing}");
        }
    }

    private static void WriteMember(TextWriter writer, SyntaxNode member, Func<SyntaxNode, int> line)
    {
        if (member is ParagraphSyntax paragraph)
        {
            if (paragraph.Parent is DocumentSyntax)
            {
                WriteLine(writer, $"paragraph   {line(paragraph),5}  {paragraph.Sentences.Count()} sentences");
            }

            return;
        }

        var section = (SectionSyntax)member;
        var indent = new string(' ', (section.Level - 1) * 2);
        int paragraphs = section.Paragraphs.Count();
        int sentences = section.Paragraphs.Sum(p => p.Sentences.Count());
        string kind = section.Kind.ToString().ToLowerInvariant();
        WriteLine(writer, $"{indent}{kind,-11} {line(section),5}  {section.Heading}   [{paragraphs} paragraphs, {sentences} sentences]");
        foreach (var child in section.Sections)
        {
            WriteMember(writer, child, line);
        }
    }

    /// <summary>Writes one line of the outline, with any control character of the document escaped (TerminalText).</summary>
    private static void WriteLine(TextWriter writer, string line) => writer.WriteLine(Annotate.TerminalText.Escape(line));
}
