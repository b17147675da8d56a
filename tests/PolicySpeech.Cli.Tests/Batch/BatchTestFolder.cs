using System.IO.Compression;
using System.Text;

namespace PolicySpeech.Cli.Tests.Batch;

/// <summary>A temporary folder with copies of the corpus (seed and team speeches) and bad files, removed on dispose.</summary>
public sealed class BatchTestFolder : IDisposable
{
    public BatchTestFolder(int copies = 1, bool badFiles = true)
    {
        Root = Path.Combine(Path.GetTempPath(), "ps-batch-" + Guid.NewGuid().ToString("N")[..12]);
        Input = Path.Combine(Root, "in");
        Directory.CreateDirectory(Input);
        string corpus = Path.Combine(RepoRoot, "corpus");
        var speeches = Directory.GetFiles(Path.Combine(corpus, "seed"), "*.txt")
            .Concat(Directory.GetFiles(Path.Combine(corpus, "team")).Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".html", StringComparison.Ordinal) || f.EndsWith(".docx", StringComparison.Ordinal)))
            .Order(StringComparer.Ordinal)
            .ToList();
        for (int copy = 0; copy < copies; copy++)
        {
            string target = Path.Combine(Input, $"set{copy:000}");
            Directory.CreateDirectory(target);
            foreach (string file in speeches)
            {
                File.Copy(file, Path.Combine(target, Path.GetFileName(file)));
            }
        }

        SpeechCount = speeches.Count * copies;
        if (badFiles)
        {
            string bad = Path.Combine(Input, "bad");
            Directory.CreateDirectory(bad);
            var random = new Random(42);
            var noise = new byte[5000];
            random.NextBytes(noise);
            File.WriteAllBytes(Path.Combine(bad, "random.docx"), noise);
            byte[] docx = File.ReadAllBytes(speeches.First(f => f.EndsWith(".docx", StringComparison.Ordinal)));
            File.WriteAllBytes(Path.Combine(bad, "truncated.docx"), docx[..(docx.Length / 2)]);
            File.WriteAllBytes(Path.Combine(bad, "empty.txt"), []);
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            string seed = File.ReadAllText(speeches.First(f => f.Contains("seed", StringComparison.Ordinal)));
            File.WriteAllBytes(Path.Combine(bad, "gbk.txt"), Encoding.GetEncoding(936).GetBytes(seed));
            File.WriteAllBytes(Path.Combine(bad, "report.pdf"), Encoding.ASCII.GetBytes("%PDF-1.4\n%\u00e2\u00e3\n1 0 obj\n<<>>\nendobj\n"));
            using (var archive = ZipFile.Open(Path.Combine(bad, "archive.zip"), ZipArchiveMode.Create))
            {
                archive.CreateEntryFromFile(speeches[0], "inner/first.txt");
                archive.CreateEntry("inner/").Open().Dispose();
                using (var writer = new StreamWriter(archive.CreateEntry("notes.md").Open()))
                {
                    writer.Write("# notes");
                }

                using (var stream = archive.CreateEntry("broken.docx").Open())
                {
                    stream.Write(noise, 0, 100);
                }
            }

            File.WriteAllBytes(Path.Combine(bad, "not-a-zip.zip"), noise[..200]);
        }
    }

    /// <summary>The repository root (the folder with Analysis.sln).</summary>
    public static string RepoRoot
    {
        get
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Analysis.sln")))
            {
                directory = directory.Parent;
            }

            return directory?.FullName ?? throw new InvalidOperationException("Analysis.sln not found above " + AppContext.BaseDirectory);
        }
    }

    public string Root { get; }

    public string Input { get; }

    public int SpeechCount { get; }

    public string Out(string name) => Path.Combine(Root, name);

    /// <summary>Runs the CLI in-process; returns the exit code, standard output and standard error.</summary>
    public static (int Code, string Out, string Error) Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Asserts that two output folders hold the same files (the journal aside) with the same bytes.</summary>
    public static void AssertSameOutputs(string expected, string actual)
    {
        static List<string> Files(string directory) =>
            [.. Directory.GetFiles(directory).Select(f => Path.GetFileName(f)).Where(n => !n.StartsWith(".batch-state", StringComparison.Ordinal)).Order(StringComparer.Ordinal)];
        var names = Files(expected);
        Assert.Equal(names, Files(actual));
        Assert.Contains("documents.csv", names);
        foreach (string name in names)
        {
            byte[] a = File.ReadAllBytes(Path.Combine(expected, name));
            byte[] b = File.ReadAllBytes(Path.Combine(actual, name));
            Assert.True(a.AsSpan().SequenceEqual(b), $"{name} differs between {expected} ({a.Length} bytes) and {actual} ({b.Length} bytes)");
        }
    }

    /// <summary>The records of a CSV file (header included).</summary>
    public static List<List<string>> ReadCsv(string path)
    {
        using var reader = new StreamReader(path);
        var records = new List<List<string>>();
        var raw = new StringBuilder();
        var fields = new List<string>();
        while (PolicySpeech.Cli.Batch.Csv.TryReadRecord(reader, raw, fields))
        {
            records.Add([.. fields]);
        }

        return records;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
        }
    }
}
