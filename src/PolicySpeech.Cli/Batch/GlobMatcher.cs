using System.Text.RegularExpressions;

namespace PolicySpeech.Cli.Batch;

/// <summary>
/// A small glob matcher for inputs such as <c>archive/**/*.txt</c>: <c>**</c> matches any number of folders,
/// <c>*</c> any characters but <c>/</c>, <c>?</c> one character but <c>/</c>, <c>[abc]</c> one of a set. Matching is
/// ordinal and case-sensitive, on paths with <c>/</c> separators. (Not Microsoft.Extensions.FileSystemGlobbing: it knows
/// only <c>*</c> and <c>**</c>, so <c>*.htm?</c> and <c>data/20[12]?/*.txt</c>, which users write, would stop working.)
/// </summary>
internal sealed class GlobMatcher
{
    private readonly Regex _regex;

    private GlobMatcher(string baseDirectory, Regex regex)
    {
        BaseDirectory = baseDirectory;
        _regex = regex;
    }

    /// <summary>The folder the walk starts from: the pattern's leading segments that have no wildcard (<c>.</c> when none).</summary>
    public string BaseDirectory { get; }

    /// <summary>Whether a value contains glob wildcards.</summary>
    public static bool IsGlob(string value) => value.IndexOfAny(['*', '?', '[']) >= 0;

    /// <summary>Creates a matcher for a pattern.</summary>
    public static GlobMatcher Create(string pattern)
    {
        string normalized = pattern.Replace('\\', '/');
        var segments = normalized.Split('/');
        int literal = 0;
        while (literal < segments.Length - 1 && !IsGlob(segments[literal]))
        {
            literal++;
        }

        string baseDirectory = literal == 0 ? "." : string.Join('/', segments[..literal]);
        if (baseDirectory.Length == 0)
        {
            baseDirectory = "/";
        }

        var regex = new StringBuilder("^");
        string rest = string.Join('/', segments[literal..]);
        for (int i = 0; i < rest.Length; i++)
        {
            char c = rest[i];
            if (c == '*' && i + 1 < rest.Length && rest[i + 1] == '*')
            {
                bool slashAfter = i + 2 < rest.Length && rest[i + 2] == '/';
                regex.Append(slashAfter ? "(?:.*/)?" : ".*");
                i += slashAfter ? 2 : 1;
            }
            else if (c == '*')
            {
                regex.Append("[^/]*");
            }
            else if (c == '?')
            {
                regex.Append("[^/]");
            }
            else if (c == '[')
            {
                int end = rest.IndexOf(']', i + 1);
                if (end < 0)
                {
                    regex.Append(@"\[");
                }
                else
                {
                    string set = rest[(i + 1)..end];
                    if (set.StartsWith('!'))
                    {
                        set = "^" + set[1..];
                    }

                    regex.Append('[').Append(set.Replace("\\", "\\\\", StringComparison.Ordinal)).Append(']');
                    i = end;
                }
            }
            else
            {
                regex.Append(Regex.Escape(c.ToString()));
            }
        }

        regex.Append('$');
        return new GlobMatcher(baseDirectory, new Regex(regex.ToString(), RegexOptions.CultureInvariant));
    }

    /// <summary>Whether a path relative to <see cref="BaseDirectory"/> (with <c>/</c> separators) matches.</summary>
    public bool IsMatch(string relativePath) => _regex.IsMatch(relativePath);
}
