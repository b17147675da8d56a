namespace PolicySpeech.Diagnostics;

/// <summary>
/// Thrown by <see cref="SpeechConfiguration.Load"/>, <see cref="SpeechConfiguration.Parse"/> and
/// <see cref="SpeechConfiguration.FindFor"/> for a configuration (or baseline) file that cannot be used: malformed JSON,
/// an unknown key, a bad severity or value, a missing baseline file. The message reads
/// <c>path(line,column): problem</c>.
/// </summary>
public sealed class ConfigurationException : Exception
{
    internal ConfigurationException(string path, int line, int column, string problem, Exception? innerException = null)
        : base(line > 0 ? $"{path}({line},{column}): {problem}" : $"{path}: {problem}", innerException)
    {
        (Path, Line, Column, Problem) = (path, line, column, problem);
    }

    /// <summary>The file at fault.</summary>
    public string Path { get; }

    /// <summary>The 1-based line of the problem, or 0 when it concerns the whole file (a file that cannot be read).</summary>
    public int Line { get; }

    /// <summary>The 1-based column (in characters) of the problem, or 0 when unknown.</summary>
    public int Column { get; }

    /// <summary>What is wrong, without the place.</summary>
    public string Problem { get; }
}
