using System.Diagnostics;
using System.IO.Compression;
using System.Security.Cryptography;
using PolicySpeech.Loading;

namespace PolicySpeech.Fuzz;

/// <summary>
/// A seeded random mutator over the loaders' bytes: it takes seed files (.txt, .html, .docx), mutates their bytes (bit
/// flips, interesting bytes and markup, deletions, duplications, splices of other seeds; for .docx also the XML parts
/// inside the zip), and runs each input through loading and the full analysis. A load error
/// (<see cref="SpeechLoadException"/>) is an expected outcome; any other exception, or a tree that does not give back its
/// text, is a crash: its input is written to the crash folder so that it can become a regression input.
/// </summary>
public sealed class Fuzzer
{
    private static readonly byte[][] Tokens =
    [
        "<"u8.ToArray(), ">"u8.ToArray(), "</div>"u8.ToArray(), "<div>"u8.ToArray(), "<br>"u8.ToArray(), "&amp;"u8.ToArray(), "&#x1F600;"u8.ToArray(), "&#0;"u8.ToArray(),
        "<!--"u8.ToArray(), "-->"u8.ToArray(), "<script>"u8.ToArray(), "<![CDATA["u8.ToArray(), "<?xml "u8.ToArray(), "<!DOCTYPE x [<!ENTITY a \"aaaa\">]>"u8.ToArray(),
        "\r\n"u8.ToArray(), "\n\n"u8.ToArray(), "\r"u8.ToArray(), "\t"u8.ToArray(), "\u001b[2J"u8.ToArray(),
        "“"u8.ToArray(), "”"u8.ToArray(), "《"u8.ToArray(), "》"u8.ToArray(), "（"u8.ToArray(), "）"u8.ToArray(), "**"u8.ToArray(), "××"u8.ToArray(), "○○"u8.ToArray(),
        "一、"u8.ToArray(), "（一）"u8.ToArray(), "1."u8.ToArray(), "第一，"u8.ToArray(), "到2025年"u8.ToArray(), "今年"u8.ToArray(), "每年"u8.ToArray(), "“十四五”期间"u8.ToArray(),
        "确保"u8.ToArray(), "力争"u8.ToArray(), "达到"u8.ToArray(), "%以上"u8.ToArray(), "万人"u8.ToArray(), "亿元"u8.ToArray(), "分别达"u8.ToArray(), "一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一一"u8.ToArray(),
        "亿亿亿亿亿亿亿亿"u8.ToArray(), "9999999999999999999999"u8.ToArray(), "．"u8.ToArray(), "同志们："u8.ToArray(),
        [0xEF, 0xBB, 0xBF], [0xFF, 0xFE], [0xFE, 0xFF], [0x00, 0xD8], [0x00, 0xDC], [0xC0, 0x80], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0x81, 0x30, 0x81, 0x30], [0xA1, 0xA1],
        "<w:numPr><w:ilvl w:val=\"0\"/><w:numId w:val=\"1\"/></w:numPr>"u8.ToArray(), "w:val=\"2147483647\""u8.ToArray(), "w:val=\"-1\""u8.ToArray(), "<w:br/>"u8.ToArray(), "<w:tab/>"u8.ToArray(),
        "upperLetter"u8.ToArray(), "chineseCounting"u8.ToArray(), "<w:t>"u8.ToArray(), "</w:t>"u8.ToArray(), "<w:p>"u8.ToArray(), "</w:p>"u8.ToArray(),
    ];

    private static readonly string[] TextTokens = [.. Tokens.Where(t => System.Text.Unicode.Utf8.IsValid(t)).Select(t => System.Text.Encoding.UTF8.GetString(t))];

    private static readonly System.Text.Encoding Gb18030 = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(54936)!;

    private readonly List<(string Extension, byte[] Bytes)> _seeds;
    private readonly DocumentAnalyzer _analyzer = new(DocumentAnalyzerOptions.Default with { Configuration = PolicySpeech.Diagnostics.SpeechConfiguration.Default });

    /// <summary>Creates a fuzzer over seed files.</summary>
    /// <param name="seeds">The seeds: an extension (<c>.txt</c>, <c>.html</c>, <c>.docx</c>) and the file's bytes.</param>
    public Fuzzer(IEnumerable<(string Extension, byte[] Bytes)> seeds)
    {
        ArgumentNullException.ThrowIfNull(seeds);
        _seeds = [.. seeds];
        if (_seeds.Count == 0)
        {
            throw new ArgumentException("No seed files.", nameof(seeds));
        }
    }

    /// <summary>The seed files under a folder: every .txt, .html, .htm and .docx file, in ordinal order.</summary>
    /// <param name="folder">The folder (for example the repository's <c>corpus</c>).</param>
    /// <returns>The seeds.</returns>
    public static List<(string Extension, byte[] Bytes)> SeedsFrom(string folder) =>
        [.. Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => Path.GetExtension(f).ToLowerInvariant() is ".txt" or ".html" or ".htm" or ".docx")
            .Order(StringComparer.Ordinal)
            .Select(f => (Path.GetExtension(f).ToLowerInvariant(), File.ReadAllBytes(f)))];

    /// <summary>Runs inputs until <paramref name="count"/> have run or <paramref name="duration"/> has passed.</summary>
    /// <param name="seed">The random seed: the same seed gives the same inputs.</param>
    /// <param name="count">At most this many inputs.</param>
    /// <param name="duration">At most this long (null: no limit).</param>
    /// <param name="crashFolder">Where to write the inputs that crash (null: not written).</param>
    /// <param name="maxInputBytes">The largest seed slice mutated, in bytes (smaller inputs run faster).</param>
    /// <param name="progress">Called every 10,000 inputs with the number run so far (null: not called).</param>
    /// <returns>What ran and what crashed.</returns>
    public FuzzReport Run(int seed, long count, TimeSpan? duration = null, string? crashFolder = null, int maxInputBytes = 2048, Action<long>? progress = null)
    {
        var random = new Random(seed);
        var watch = Stopwatch.StartNew();
        var crashes = new List<FuzzCrash>();
        long ran = 0, loadErrors = 0;
        while (ran < count && (duration is null || watch.Elapsed < duration))
        {
            var (extension, input) = Next(random, maxInputBytes);
            ran++;
            if (progress is not null && ran % 10_000 == 0)
            {
                progress(ran);
            }

            switch (Check(input, extension))
            {
                case null:
                    break;
                case { } failure when failure.Length == 0:
                    loadErrors++;
                    break;
                case { } failure:
                    var crash = new FuzzCrash(extension, input, failure);
                    crashes.Add(crash);
                    if (crashFolder is not null)
                    {
                        Directory.CreateDirectory(crashFolder);
                        string name = "crash-" + Convert.ToHexString(SHA256.HashData(input))[..16].ToLowerInvariant();
                        File.WriteAllBytes(Path.Combine(crashFolder, name + extension), input);
                        File.WriteAllText(Path.Combine(crashFolder, name + ".txt.log"), failure);
                    }

                    break;
            }
        }

        return new FuzzReport(ran, loadErrors, crashes, watch.Elapsed);
    }

    /// <summary>Loads and analyses one input.</summary>
    /// <param name="input">The file's bytes.</param>
    /// <param name="extension">Its extension, which picks the loader.</param>
    /// <returns>Null when it loaded and analysed; empty when it was refused with a <see cref="SpeechLoadException"/>; else what went wrong.</returns>
    public string? Check(byte[] input, string extension)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            var document = SpeechDocument.Load(new MemoryStream(input, writable: false), "fuzz" + extension);
            var result = _analyzer.Analyze(document);
            if (result.SyntaxTree.Root.FullSpan.Start != 0 || result.SyntaxTree.Root.FullSpan.Length != document.Text.Length)
            {
                return "the syntax tree does not span the whole text";
            }

            foreach (var commitment in result.Commitments)
            {
                if (commitment.Metric is { } metric && ((metric.Value is { } v && !double.IsFinite(v)) || (metric.ValueHigh is { } h && !double.IsFinite(h))))
                {
                    return $"a metric is not a finite number: {metric.Text}";
                }
            }

            return null;
        }
        catch (SpeechLoadException)
        {
            return string.Empty;
        }
#pragma warning disable CA1031 // A fuzzer reports every exception.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return ex.ToString();
        }
    }

    private (string Extension, byte[] Bytes) Next(Random random, int maxInputBytes)
    {
        var (extension, seedBytes) = _seeds[random.Next(_seeds.Count)];
        if (extension == ".docx" && random.Next(3) > 0 && MutateDocx(random, seedBytes) is { } docx)
        {
            return (extension, docx);
        }

        if (extension != ".docx" && random.Next(3) > 0 && System.Text.Unicode.Utf8.IsValid(seedBytes))
        {
            // Mostly text mutations, encoded again: a random byte makes most inputs invalid UTF-8 and GB18030, refused at once.
            string text = MutateText(random, SliceText(random, System.Text.Encoding.UTF8.GetString(seedBytes), maxInputBytes / 3));
            byte[] encoded = random.Next(10) switch
            {
                0 => [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes(text)],
                1 => Gb18030.GetBytes(text),
                2 => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)],
                _ => System.Text.Encoding.UTF8.GetBytes(text),
            };
            return (extension, encoded);
        }

        return (extension, Mutate(random, Slice(random, seedBytes, extension == ".docx" ? int.MaxValue : maxInputBytes)));
    }

    private static string SliceText(Random random, string text, int maxChars)
    {
        if (text.Length <= maxChars)
        {
            return text;
        }

        int start = random.Next(4) == 0 ? 0 : random.Next(text.Length - maxChars);
        return text.Substring(start, random.Next(maxChars / 4, maxChars));
    }

    private string MutateText(Random random, string text)
    {
        var data = new System.Text.StringBuilder(text);
        int mutations = 1 + random.Next(random.Next(2) == 0 ? 4 : 32);
        for (int m = 0; m < mutations; m++)
        {
            int at = data.Length == 0 ? 0 : random.Next(data.Length);
            switch (random.Next(8))
            {
                case 0:
                case 1:
                case 2:
                    data.Insert(at, TextTokens[random.Next(TextTokens.Length)]);
                    break;
                case 3 when data.Length > 0:
                    data.Remove(at, Math.Min(data.Length - at, 1 + random.Next(32)));
                    break;
                case 4 when data.Length > 0:
                    string copy = data.ToString(at, Math.Min(data.Length - at, 1 + random.Next(200)));
                    int times = random.Next(8) == 0 ? random.Next(2, 60) : 1;
                    for (int t = 0; t < times && data.Length < 1 << 19; t++)
                    {
                        data.Insert(random.Next(data.Length), copy);
                    }

                    break;
                case 5:
                    var (_, other) = _seeds[random.Next(_seeds.Count)];
                    if (System.Text.Unicode.Utf8.IsValid(other))
                    {
                        string o = System.Text.Encoding.UTF8.GetString(other);
                        int from = random.Next(o.Length);
                        data.Insert(at, o.AsSpan(from, Math.Min(o.Length - from, 1 + random.Next(300))));
                    }

                    break;
                case 6:
                    // A random character: control, CJK, punctuation, or anything in the Basic Multilingual Plane.
                    char c = random.Next(4) switch
                    {
                        0 => (char)random.Next(0x20),
                        1 => (char)random.Next(0x4E00, 0x9FFF),
                        2 => "，。；：！？、“”‘’《》（）【】—…·％＊×○□"[random.Next(24)],
                        _ => (char)random.Next(0x10000),
                    };
                    data.Insert(at, c);
                    break;
                default:
                    if (data.Length > 0)
                    {
                        data[at] = (char)random.Next(0x20, 0x7F);
                    }

                    break;
            }
        }

        return data.ToString();
    }

    private static byte[] Slice(Random random, byte[] bytes, int maxBytes)
    {
        if (bytes.Length <= maxBytes)
        {
            return bytes;
        }

        // Keep the start now and then (byte order marks, <html>, the title), else a random window.
        int start = random.Next(4) == 0 ? 0 : random.Next(bytes.Length - maxBytes);
        return bytes[start..(start + random.Next(maxBytes / 4, maxBytes))];
    }

    private byte[] Mutate(Random random, byte[] bytes)
    {
        var data = new List<byte>(bytes);
        int mutations = 1 + random.Next(random.Next(2) == 0 ? 4 : 32);
        for (int m = 0; m < mutations; m++)
        {
            int at = data.Count == 0 ? 0 : random.Next(data.Count);
            switch (random.Next(9))
            {
                case 0 when data.Count > 0:
                    data[at] ^= (byte)(1 << random.Next(8));
                    break;
                case 1 when data.Count > 0:
                    data[at] = (byte)random.Next(256);
                    break;
                case 2:
                case 3:
                    data.InsertRange(at, Tokens[random.Next(Tokens.Length)]);
                    break;
                case 4 when data.Count > 0:
                    data.RemoveRange(at, Math.Min(data.Count - at, 1 + random.Next(64)));
                    break;
                case 5 when data.Count > 0:
                    int length = Math.Min(data.Count - at, 1 + random.Next(256));
                    var copy = data.GetRange(at, length);
                    int times = random.Next(8) == 0 ? random.Next(2, 200) : 1;
                    for (int t = 0; t < times && data.Count < 1 << 20; t++)
                    {
                        data.InsertRange(random.Next(data.Count), copy);
                    }

                    break;
                case 6:
                    var (_, other) = _seeds[random.Next(_seeds.Count)];
                    int from = random.Next(other.Length);
                    data.InsertRange(at, other.AsSpan(from, Math.Min(other.Length - from, 1 + random.Next(512))).ToArray());
                    break;
                case 7 when data.Count > 0:
                    data.RemoveRange(at, data.Count - at); // truncation
                    break;
                default:
                    data.Insert(at, (byte)random.Next(256));
                    break;
            }
        }

        return [.. data];
    }

    /// <summary>Mutates the XML parts of a .docx and zips it again, so that the mutations reach the Word loader, not only the zip reader.</summary>
    private byte[]? MutateDocx(Random random, byte[] docx)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            var output = new MemoryStream();
            using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
            {
                foreach (var entry in input.Entries)
                {
                    using var source = entry.Open();
                    var bytes = new MemoryStream();
                    source.CopyTo(bytes);
                    byte[] content = bytes.ToArray();
                    if (entry.FullName.EndsWith(".xml", StringComparison.Ordinal) && (entry.FullName.Contains("document", StringComparison.Ordinal) || entry.FullName.Contains("numbering", StringComparison.Ordinal) || random.Next(8) == 0))
                    {
                        content = random.Next(4) == 0 || !System.Text.Unicode.Utf8.IsValid(content)
                            ? Mutate(random, content)
                            : System.Text.Encoding.UTF8.GetBytes(MutateText(random, System.Text.Encoding.UTF8.GetString(content)));
                    }

                    using var target = archive.CreateEntry(entry.FullName, CompressionLevel.Fastest).Open();
                    target.Write(content);
                }
            }

            return output.ToArray();
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }
}
