namespace PolicySpeech.Output;

/// <summary>The type of a <see cref="TableColumn"/>'s values, as every table writer (CSV, JSON Lines, Parquet) writes them.</summary>
internal enum TableColumnType
{
    /// <summary>Text (a <see cref="string"/>).</summary>
    String,

    /// <summary><c>true</c> or <c>false</c> (a <see cref="bool"/>).</summary>
    Boolean,

    /// <summary>A 32-bit integer (an <see cref="int"/>).</summary>
    Int32,

    /// <summary>A floating-point number (a <see cref="double"/>), written in its shortest round-trip form.</summary>
    Double,
}
