namespace PolicySpeech.Output;

/// <summary>One column of a table the tools write (CSV header, JSON Lines property, Parquet field).</summary>
/// <param name="Name">The column name (camelCase, as in the JSON contract).</param>
/// <param name="Type">The type of its values.</param>
/// <param name="IsNullable">Whether a value can be missing (an empty CSV field, JSON <c>null</c>, a Parquet null).</param>
/// <param name="Description">What the column holds, in one sentence.</param>
internal sealed record TableColumn(string Name, TableColumnType Type, bool IsNullable, string Description);
