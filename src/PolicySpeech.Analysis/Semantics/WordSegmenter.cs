using JiebaNet.Segmenter;

namespace PolicySpeech.Semantics;

/// <summary>
/// The word segmenter (jieba.NET) with the domain dictionary Lexicons/Semantics/segmenter-words.txt, loaded lazily once
/// per process. Only the commitment extractor uses it, and only on the short phrases whose word boundary the rules
/// cannot settle (the light verb at the head of an indicator, the alignment of coordinated indicators), so the
/// diagnostics never load it and extraction segments a few hundred characters per document.
/// </summary>
/// <remarks>
/// jieba.NET keeps its dictionary in process-wide, unlocked statics and reads its data files from
/// <c>ConfigManager.ConfigFileBaseDir</c>: the one-time initialiser below sets that folder (the <c>Resources</c> folder
/// the library's build copies beside the assembly), builds the segmenter and adds the domain words, all before any
/// caller can segment. After that, <see cref="JiebaSegmenter.Cut"/> only reads the dictionary, so concurrent use from
/// the batch is safe. When the data files are missing (a trimmed deployment) the segmenter is unavailable and the
/// extractor falls back to its character rules.
/// </remarks>
internal static class WordSegmenter
{
    private static readonly Lazy<JiebaSegmenter?> Instance = new(Create, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>Whether the segmenter has been loaded (for tests and measurements).</summary>
    internal static bool IsLoaded => Instance.IsValueCreated;

    /// <summary>Cuts <paramref name="phrase"/> into words (accurate mode, HMM for unknown words).</summary>
    /// <param name="phrase">A short phrase.</param>
    /// <returns>The words, or null when the segmenter's data files are missing.</returns>
    internal static IReadOnlyList<string>? Cut(string phrase)
    {
        var segmenter = Instance.Value;
        if (segmenter is null)
        {
            return null;
        }

        return phrase.Length == 0 ? [] : segmenter.Cut(phrase, cutAll: false, hmm: true).ToArray();
    }

    /// <summary>The folder holding jieba's data files (dict.txt, prob_emit.json…), or null when absent.</summary>
    internal static string? FindResourceDirectory()
    {
        foreach (var baseDir in new[] { Path.GetDirectoryName(typeof(WordSegmenter).Assembly.Location), AppContext.BaseDirectory })
        {
            if (string.IsNullOrEmpty(baseDir))
            {
                continue;
            }

            var dir = Path.Combine(baseDir, "Resources");
            if (File.Exists(Path.Combine(dir, "dict.txt")))
            {
                return dir;
            }
        }

        return null;
    }

    private static JiebaSegmenter? Create()
    {
        var dir = FindResourceDirectory();
        if (dir is null)
        {
            return null;
        }

        ConfigManager.ConfigFileBaseDir = dir;
        var segmenter = new JiebaSegmenter();
        foreach (var row in SemanticLexicon.Load("segmenter-words.txt"))
        {
            segmenter.AddWord(row[0]);
        }

        return segmenter;
    }
}
