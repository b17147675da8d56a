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
    /// <summary>The entries of each .docx seed (by reference), unzipped once; null for a seed that is not a valid zip.</summary>
    private readonly Dictionary<byte[], List<(string Name, byte[] Content)>?> _docxParts = new(ReferenceEqualityComparer.Instance);
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

        foreach (var (extension, bytes) in _seeds)
        {
            if (extension == ".docx")
            {
                _docxParts[bytes] = Unzip(bytes);
            }
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

    private static List<(string Name, byte[] Content)>? Unzip(byte[] docx)
    {
        try
        {
            using var input = new ZipArchive(new MemoryStream(docx, writable: false), ZipArchiveMode.Read);
            var parts = new List<(string Name, byte[] Content)>();
            foreach (var entry in input.Entries)
            {
                using var source = entry.Open();
                var bytes = new MemoryStream();
                source.CopyTo(bytes);
                parts.Add((entry.FullName, bytes.ToArray()));
            }

            return parts;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private (string Extension, byte[] Bytes) Next(Random random, int maxInputBytes)
    {
        var (extension, seedBytes) = _seeds[random.Next(_seeds.Count)];
        if (extension == ".docx" && random.Next(8) > 0 && MutateDocx(random, seedBytes) is { } docx)
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
    /// <remarks>
    /// The parts of each seed are unzipped once (<see cref="_docxParts"/>). Most mutations keep the XML well formed (text
    /// of a <c>w:t</c>, paragraphs duplicated, removed or cut to a window, attribute values such as numbering starts and
    /// formats, numbering added to paragraphs, runs inserted) so that most inputs get past the XML reader into the
    /// numbering, the text builder and the analysis; a few are byte or markup mutations that mostly break the XML, and an eighth of the inputs are the zip's bytes mutated.
    /// The zip is written without compression (faster; the ratio check applies only to parts over 1 MiB).
    /// </remarks>
    private byte[]? MutateDocx(Random random, byte[] docx)
    {
        if (!_docxParts.TryGetValue(docx, out var parts) || parts is null)
        {
            return null;
        }

        var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, original) in parts)
            {
                byte[] content = original;
                if (name.EndsWith(".xml", StringComparison.Ordinal) && (name.Contains("document", StringComparison.Ordinal) || name.Contains("numbering", StringComparison.Ordinal) || random.Next(16) == 0))
                {
                    content = random.Next(32) switch
                    {
                        0 => Mutate(random, content),
                        1 when System.Text.Unicode.Utf8.IsValid(content) => System.Text.Encoding.UTF8.GetBytes(MutateText(random, System.Text.Encoding.UTF8.GetString(content))),
                        _ when System.Text.Unicode.Utf8.IsValid(content) => System.Text.Encoding.UTF8.GetBytes(MutateXml(random, System.Text.Encoding.UTF8.GetString(content))),
                        _ => Mutate(random, content),
                    };
                }

                using var target = archive.CreateEntry(name, CompressionLevel.NoCompression).Open();
                target.Write(content);
            }
        }

        return output.ToArray();
    }

    private static readonly System.Text.RegularExpressions.Regex TextElement = new("(<w:t(?: [^>]*)?>)([^<]*)(</w:t>)", System.Text.RegularExpressions.RegexOptions.CultureInvariant);
    private static readonly System.Text.RegularExpressions.Regex Paragraph = new("<w:p[ >].*?</w:p>", System.Text.RegularExpressions.RegexOptions.CultureInvariant | System.Text.RegularExpressions.RegexOptions.Singleline);
    private static readonly System.Text.RegularExpressions.Regex Value = new("(w:val|w:start|w:ilvl|w:numId|w:abstractNumId)=\"[^\"]*\"", System.Text.RegularExpressions.RegexOptions.CultureInvariant);

    private static readonly string[] InterestingValues =
    [
        "0", "1", "-1", "2", "9", "10", "26", "27", "780", "781", "3999", "4000", "10000", "99999", "2000000000", "2147483647", "-2147483648", "2147483648", "99999999999999999999", "", "x", "1.5",
        "decimal", "upperLetter", "lowerLetter", "upperRoman", "lowerRoman", "chineseCounting", "chineseCountingThousand", "chineseLegalSimplified", "ideographTraditional", "ideographZodiac",
        "ideographDigital", "ideographLegalTraditional", "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "decimalEnclosedParen", "decimalEnclosedFullstop", "decimalFullWidth", "decimalZero",
        "ordinal", "cardinalText", "ordinalText", "bullet", "none", "japaneseLegal", "taiwaneseCounting", "hex", "unknownFormat",
        "%1", "%1.", "%1%2%3%4%5%6%7%8%9", "%9.%8.%7", "%10", "%0", "%", "%%1", "第%1章", "（%1）", "%1、", "&#x1F600;%1", "Heading1", "Heading9", "Title", "nothing", "space", "tab",
    ];

    private static readonly string[] InsertedRuns =
    [
        "<w:r><w:br/></w:r>", "<w:r><w:cr/></w:r>", "<w:r><w:tab/></w:r>", "<w:r><w:noBreakHyphen/></w:r>", "<w:r><w:softHyphen/></w:r>", "<w:r><w:sym w:font=\"Symbol\" w:char=\"F0B7\"/></w:r>",
        "<w:r><w:t xml:space=\"preserve\">  </w:t></w:r>", "<w:del><w:r><w:delText>删除</w:delText></w:r></w:del>", "<w:ins><w:r><w:t>插入</w:t></w:r></w:ins>", "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r>",
        "<w:r><w:instrText> PAGE </w:instrText></w:r>", "<w:r><w:fldChar w:fldCharType=\"end\"/></w:r>", "<w:hyperlink><w:r><w:t>链接</w:t></w:r></w:hyperlink>", "<w:smartTag><w:r><w:t>标记</w:t></w:r></w:smartTag>",
    ];

    /// <summary>Mutations of a Word XML part that keep it well formed (mostly): see <see cref="MutateDocx"/>.</summary>
    private string MutateXml(Random random, string xml)
    {
        if (random.Next(4) > 0 && xml.Contains("<w:body>", StringComparison.Ordinal) && Paragraph.Matches(xml) is { Count: > 24 } bodyParagraphs)
        {
            xml = Window(random, xml, bodyParagraphs); // mostly small inputs: many more of them run in a second
        }

        int mutations = 1 + random.Next(random.Next(2) == 0 ? 3 : 12);
        for (int m = 0; m < mutations; m++)
        {
            switch (random.Next(80))
            {
                case < 24:
                    var texts = TextElement.Matches(xml);
                    if (texts.Count > 0)
                    {
                        var t = texts[random.Next(texts.Count)];
                        string content = EscapeXml(random, MutateText(random, t.Groups[2].Value));
                        xml = string.Concat(xml.AsSpan(0, t.Groups[2].Index), content, xml.AsSpan(t.Groups[2].Index + t.Groups[2].Length));
                    }

                    break;
                case < 32:
                    var paragraphs = Paragraph.Matches(xml);
                    if (paragraphs.Count > 0)
                    {
                        var p = paragraphs[random.Next(paragraphs.Count)];
                        int times = random.Next(6) == 0 ? random.Next(2, 60) : 1;
                        xml = xml.Insert(p.Index + p.Length, string.Concat(Enumerable.Repeat(p.Value, times)));
                    }

                    break;
                case < 40:
                    var all = Paragraph.Matches(xml);
                    if (all.Count > 1)
                    {
                        if (random.Next(2) == 0)
                        {
                            var p = all[random.Next(all.Count)];
                            xml = xml.Remove(p.Index, p.Length);
                        }
                        else
                        {
                            xml = Window(random, xml, all);
                        }
                    }

                    break;
                case < 56:
                    var values = Value.Matches(xml);
                    if (values.Count > 0)
                    {
                        var v = values[random.Next(values.Count)];
                        string name = v.Groups[1].Value;
                        xml = string.Concat(xml.AsSpan(0, v.Index), name + "=\"" + InterestingValues[random.Next(InterestingValues.Length)] + "\"", xml.AsSpan(v.Index + v.Length));
                    }

                    break;
                case < 66:
                    int pPr = IndexOfNth(random, xml, "<w:pPr>");
                    if (pPr >= 0)
                    {
                        string numPr = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"<w:numPr><w:ilvl w:val=\"{random.Next(-1, 10)}\"/><w:numId w:val=\"{(random.Next(8) == 0 ? random.Next() : random.Next(6))}\"/></w:numPr>");
                        xml = xml.Insert(pPr + "<w:pPr>".Length, numPr);
                    }

                    break;
                case < 79:
                    int run = IndexOfNth(random, xml, "</w:r>");
                    if (run >= 0)
                    {
                        string inserted = random.Next(2) == 0
                            ? InsertedRuns[random.Next(InsertedRuns.Length)]
                            : "<w:r><w:t>" + EscapeXml(random, TextTokens[random.Next(TextTokens.Length)]) + "</w:t></w:r>";
                        xml = xml.Insert(run + "</w:r>".Length, inserted);
                    }

                    break;
                default:
                    // Markup that may break the XML: a token at a random place.
                    xml = xml.Insert(random.Next(xml.Length + 1), TextTokens[random.Next(TextTokens.Length)]);
                    break;
            }
        }

        return xml;
    }

    /// <summary>Keeps a window of up to 24 paragraphs: smaller inputs, and headings or items without what came before them.</summary>
    private static string Window(Random random, string xml, System.Text.RegularExpressions.MatchCollection paragraphs)
    {
        int first = random.Next(paragraphs.Count), last = Math.Min(paragraphs.Count - 1, first + random.Next(24));
        var b = new System.Text.StringBuilder(xml.Length);
        int at = 0;
        for (int i = 0; i < paragraphs.Count; i++)
        {
            b.Append(xml, at, paragraphs[i].Index - at);
            if (i >= first && i <= last)
            {
                b.Append(paragraphs[i].Value);
            }

            at = paragraphs[i].Index + paragraphs[i].Length;
        }

        return b.Append(xml, at, xml.Length - at).ToString();
    }

    /// <summary>The index of a random occurrence of <paramref name="value"/> (-1 when none).</summary>
    private static int IndexOfNth(Random random, string text, string value)
    {
        int start = random.Next(text.Length + 1);
        int at = text.IndexOf(value, start, StringComparison.Ordinal);
        return at >= 0 ? at : text.IndexOf(value, StringComparison.Ordinal);
    }

    /// <summary>Text made safe for XML: markup escaped and characters XML 1.0 forbids taken out (kept 1 time in 16).</summary>
    private static string EscapeXml(Random random, string text)
    {
        bool keepInvalid = random.Next(16) == 0;
        var b = new System.Text.StringBuilder(text.Length + 16);
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            switch (c)
            {
                case '<': b.Append("&lt;"); break;
                case '>': b.Append("&gt;"); break;
                case '&': b.Append("&amp;"); break;
                case < ' ' when c is not ('\t' or '\n' or '\r') && !keepInvalid: break;
                case '\uFFFE' or '\uFFFF' when !keepInvalid: break;
                case >= '\uD800' and <= '\uDBFF' when i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]):
                    b.Append(c).Append(text[++i]);
                    break;
                case >= '\uD800' and <= '\uDFFF' when !keepInvalid: break;
                default: b.Append(c); break;
            }
        }

        return b.ToString();
    }
}
