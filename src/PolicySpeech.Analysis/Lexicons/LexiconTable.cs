using System.Collections.Immutable;

namespace PolicySpeech.Lexicons;

/// <summary>A text lexicon read by <see cref="LexiconReader"/>: its column names and its rows.</summary>
internal sealed class LexiconTable
{
    internal LexiconTable(string name, string[] columns, string[][] rows)
    {
        Name = name;
        Columns = [.. columns];
        Rows = rows;
    }

    /// <summary>The file's path under <c>Lexicons/</c>.</summary>
    internal string Name { get; }

    /// <summary>The column names of the header line.</summary>
    internal ImmutableArray<string> Columns { get; }

    /// <summary>The rows, each with one field per column.</summary>
    internal string[][] Rows { get; }

    /// <summary>The index of the column named <paramref name="column"/>.</summary>
    /// <param name="column">The column name.</param>
    /// <returns>The index.</returns>
    /// <exception cref="InvalidDataException">The header has no such column.</exception>
    internal int ColumnIndex(string column)
    {
        var index = Columns.IndexOf(column);
        return index >= 0 ? index : throw new InvalidDataException($"Lexicons/{Name}: no column '{column}' (the header names {string.Join(", ", Columns)}).");
    }
}
