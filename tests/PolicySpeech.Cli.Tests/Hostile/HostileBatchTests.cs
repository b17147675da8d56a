using System.IO.Compression;
using System.Text;
using PolicySpeech.Cli.Batch;
using PolicySpeech.Cli.Tests.Batch;

namespace PolicySpeech.Cli.Tests.Hostile;

/// <summary>Regression tests for issue #12 in <c>batch</c>: no hang, no lost row, no duplicate row.</summary>
public sealed class HostileBatchTests : IDisposable
{
    private const string Speech = "在全省工作会议上的讲话\n\n同志们：\n\n今年要继续做好就业工作。\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-hostile-batch-").FullName;

    public void Dispose()
    {
        // Not a recursive listing: the folders hold symbolic link loops.
        string locked = Path.Combine(In, "locked");
        if (!OperatingSystem.IsWindows() && Directory.Exists(locked))
        {
            File.SetUnixFileMode(locked, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }

        if (OperatingSystem.IsWindows())
        {
            Directory.Delete(_dir, recursive: true);
            return;
        }

        // rm, because .NET cannot delete a file whose name is not valid UTF-8.
        using var rm = System.Diagnostics.Process.Start("rm", ["-rf", _dir]);
        rm.WaitForExit();
    }

    private string In => Path.Combine(_dir, "in");

    private string Out => Path.Combine(_dir, "out");

    private void Write(string relative, string content = Speech)
    {
        string path = Path.Combine(In, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, content);
    }

    private List<List<string>> Rows() => [.. BatchTestFolder.ReadCsv(Path.Combine(Out, "documents.csv")).Skip(1)];

    private static (int Code, string Out, string Error) RunWithin(TimeSpan limit, params string[] args)
    {
        var run = Task.Run(() => BatchTestFolder.Run(args));
        Assert.True(run.Wait(limit), "batch did not finish: it hangs");
        return run.Result;
    }

    [Fact]
    public void SymlinkLoopsEndAndGiveOneRowPerFile()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("a.txt");
        Write("sub/b.txt");
        Directory.CreateSymbolicLink(Path.Combine(In, "sub", "up"), "..");
        Directory.CreateSymbolicLink(Path.Combine(In, "self"), ".");
        Directory.CreateSymbolicLink(Path.Combine(In, "sub", "again"), Path.Combine(In, "sub"));
        var run = RunWithin(TimeSpan.FromSeconds(30), "batch", In, "--out", Out, "--jobs", "1");
        Assert.True(run.Code is 0 or 1, run.Error);
        var paths = Rows().Select(r => r[0]).ToList();
        string root = In.Replace('\\', '/');
        Assert.Equal([root + "/a.txt", root + "/sub/b.txt"], paths);
    }

    [Fact]
    public void UnreadableSubfolderIsOneErrorRowAndTheRestIsListed()
    {
        Write("a.txt");
        Write("locked/b.txt");
        Write("z/c.txt");
        string locked = Path.Combine(In, "locked");
        IEnumerable<FileSystemInfo> List(string directory) =>
            Path.GetFullPath(directory) == Path.GetFullPath(locked)
                ? throw new UnauthorizedAccessException($"Access to the path '{directory}' is denied.")
                : new DirectoryInfo(directory).EnumerateFileSystemInfos();
        var inputs = InputEnumerator.Enumerate([In], Out, List);
        string root = In.Replace('\\', '/');
        Assert.Equal([root + "/a.txt", root + "/locked", root + "/z/c.txt"], inputs.Select(i => i.Path));
        var failed = inputs.Single(i => i.Path.EndsWith("/locked", StringComparison.Ordinal));
        Assert.Equal(BatchInputKind.Failed, failed.Kind);
        Assert.Contains("folder cannot be read", failed.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableSubfolderOnDiskDoesNotAbortTheBatch()
    {
        if (OperatingSystem.IsWindows() || Environment.UserName == "root")
        {
            return; // root reads a folder whatever its mode; the seam test above covers it
        }

        Write("a.txt");
        Write("locked/b.txt");
        File.SetUnixFileMode(Path.Combine(In, "locked"), UnixFileMode.None);
        var run = BatchTestFolder.Run("batch", In, "--out", Out, "--jobs", "1");
        Assert.True(run.Code is 0 or 1, run.Error);
        var rows = Rows();
        Assert.Equal(2, rows.Count);
        Assert.Equal("error", rows.Single(r => r[0].EndsWith("/locked", StringComparison.Ordinal))[1]);
    }

    [Fact]
    public void FileNamesThatAreNotUtf8EachGetTheirOwnRow()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        Directory.CreateDirectory(In);
        byte[] folder = Encoding.UTF8.GetBytes(In + "/");
        NativeFiles.WriteAllBytes([.. folder, 0xFF, .. ".txt"u8], Encoding.UTF8.GetBytes(Speech));
        NativeFiles.WriteAllBytes([.. folder, 0xFE, .. ".txt"u8], Encoding.UTF8.GetBytes("第二篇讲话\n\n今年要做好就业工作。\n"));
        Write("ok.txt");
        var run = BatchTestFolder.Run("batch", In, "--out", Out, "--jobs", "1");
        Assert.True(run.Code is 0 or 1, run.Error);
        var rows = Rows();
        string root = In.Replace('\\', '/');
        Assert.Equal([root + "/\\xFE.txt", root + "/\\xFF.txt", root + "/ok.txt"], rows.Select(r => r[0]));
        Assert.All(rows, r => Assert.Equal("ok", r[1]));
        Assert.Equal("第二篇讲话", rows.Single(r => r[0].EndsWith("\\xFE.txt", StringComparison.Ordinal))[7]);
    }

    [Fact]
    public void ZipEntriesWithTheSameNameEachGetARow()
    {
        Directory.CreateDirectory(In);
        string zip = Path.Combine(In, "a.zip");
        using (var archive = ZipFile.Open(zip, ZipArchiveMode.Create))
        {
            foreach (var (name, title) in new[] { ("d/b.txt", "第一篇"), ("d/b.txt", "第二篇"), ("d\\b.txt", "第三篇"), ("c.txt", "第四篇") })
            {
                using var writer = new StreamWriter(archive.CreateEntry(name).Open(), new UTF8Encoding(false));
                writer.Write(title + "讲话\n\n今年要做好就业工作。\n");
            }
        }

        var run = BatchTestFolder.Run("batch", In, "--out", Out, "--jobs", "2");
        Assert.True(run.Code is 0 or 1, run.Error);
        string prefix = In.Replace('\\', '/') + "/a.zip!/";
        var titles = Rows().ToDictionary(r => r[0], r => r[7], StringComparer.Ordinal);
        Assert.Equal(4, titles.Count);
        Assert.Equal("第一篇讲话", titles[prefix + "d/b.txt"]);
        Assert.Equal("第二篇讲话", titles[prefix + "d/b.txt#2"]);
        Assert.Equal("第三篇讲话", titles[prefix + "d/b.txt#3"]);
        Assert.Equal("第四篇讲话", titles[prefix + "c.txt"]);
    }

    [Fact]
    public void FifoInAFolderIsAnErrorRowNotAHang()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        Write("a.txt");
        using (var mkfifo = System.Diagnostics.Process.Start("mkfifo", [Path.Combine(In, "x.txt")]))
        {
            mkfifo.WaitForExit();
        }

        var run = RunWithin(TimeSpan.FromSeconds(30), "batch", In, "--out", Out, "--jobs", "1");
        Assert.True(run.Code is 0 or 1, run.Error);
        var row = Rows().Single(r => r[0].EndsWith("/x.txt", StringComparison.Ordinal));
        Assert.Equal("error", row[1]);
        Assert.Contains("named pipe", row[2], StringComparison.Ordinal);
    }

    [Fact]
    public void TextOverTheBreakLimitIsOneErrorRowBesideTheGoodOne()
    {
        // One break more than LoadOptions.MaxBreaks (clause separators, 3 bytes each): refused at load, before it is parsed.
        Write("flat.txt", "同志们" + new string('，', PolicySpeech.Loading.LoadOptions.Default.MaxBreaks + 1));
        Write("good.txt");
        var run = BatchTestFolder.Run("batch", In, "--out", Out, "--jobs", "1");
        Assert.Equal(0, run.Code); // an error row alone is not a failed run (README: exit codes)
        Assert.Contains("flat.txt", run.Error, StringComparison.Ordinal);
        var rows = Rows();
        Assert.Equal(2, rows.Count);
        string root = In.Replace('\\', '/');
        var refused = rows.Single(r => r[0] == root + "/flat.txt");
        Assert.Equal("error", refused[1]);
        Assert.Contains("LoadOptions.MaxBreaks", refused[2], StringComparison.Ordinal);
        var good = rows.Single(r => r[0] == root + "/good.txt");
        Assert.Equal("ok", good[1]);
        Assert.Equal("", good[2]);

        // --fail-on-error: exit 2, and still both rows.
        Directory.Delete(Out, recursive: true);
        run = BatchTestFolder.Run("batch", In, "--out", Out, "--jobs", "1", "--fail-on-error");
        Assert.Equal(2, run.Code);
        Assert.Equal(["error", "ok"], Rows().OrderBy(r => r[0], StringComparer.Ordinal).Select(r => r[1]));
    }
}
