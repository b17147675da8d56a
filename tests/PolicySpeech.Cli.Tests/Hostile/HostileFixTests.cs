using System.Text;

namespace PolicySpeech.Cli.Tests.Hostile;

/// <summary>Regression tests for issue #12 in <c>fix</c>: no byte changed that no fix asked for; links and read-only files respected.</summary>
public sealed class HostileFixTests : IDisposable
{
    private const string Input = "关于妇女工作的讲话\n\n同志们:\n  要深入开展巾幅健康行动,切实推动法冶建设。\n";
    private const string Fixed = "关于妇女工作的讲话\n\n同志们：\n  要深入开展巾帼健康行动，切实推动法治建设。\n";
    private readonly string _dir = Directory.CreateTempSubdirectory("ps-hostile-fix-").FullName;

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(_dir))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(_dir, recursive: true);
    }

    private string WriteBytes(string name, byte[] bytes)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public static TheoryData<string, byte[]> Lossy => new()
    {
        { "UTF-16 lone surrogate", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Input), 0x00, 0xD8, .. Encoding.Unicode.GetBytes("尾\n")] },
        { "UTF-16 odd trailing byte", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Input), 0x41] },
        { "GBK after a UTF-8 BOM", [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Input), .. CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("中文\n")] },
    };

    [Theory]
    [MemberData(nameof(Lossy))]
    public void FileThatDoesNotDecodeLosslesslyIsRefusedAndKept(string what, byte[] bytes)
    {
        string path = WriteBytes("lossy.txt", bytes);
        var run = CliRunner.Run("fix", path);
        Assert.True(run.ExitCode == 2, what + ": " + run.Error);
        Assert.Contains("losslessly", run.Error, StringComparison.Ordinal);
        Assert.Equal(bytes, File.ReadAllBytes(path));
    }

    [Fact]
    public void SymbolicLinkIsWrittenThroughAndStaysALink()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string real = WriteBytes("real.txt", Encoding.UTF8.GetBytes(Input));
        string link = Path.Combine(_dir, "link.txt");
        File.CreateSymbolicLink(link, "real.txt");
        var run = CliRunner.Run("fix", link);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal("real.txt", new FileInfo(link).LinkTarget);
        Assert.Equal(Fixed, File.ReadAllText(real));
    }

    [Fact]
    public void HardLinksStayOneFile()
    {
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        string a = WriteBytes("a.txt", Encoding.UTF8.GetBytes(Input));
        string b = Path.Combine(_dir, "b.txt");
        using (var ln = System.Diagnostics.Process.Start("ln", [a, b]))
        {
            ln.WaitForExit();
        }

        Assert.Equal(2, PolicySpeech.Cli.Fix.AtomicFile.LinkCount(a));
        var run = CliRunner.Run("fix", a);
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(b));
        Assert.Equal(2, PolicySpeech.Cli.Fix.AtomicFile.LinkCount(a));
    }

    [Fact]
    public void ReadOnlyFileIsRefusedUnlessForced()
    {
        string path = WriteBytes("ro.txt", Encoding.UTF8.GetBytes(Input));
        if (OperatingSystem.IsWindows())
        {
            File.SetAttributes(path, FileAttributes.ReadOnly);
        }
        else
        {
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        }

        var run = CliRunner.Run("fix", path);
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("read-only", run.Error, StringComparison.Ordinal);
        Assert.Equal(Input, File.ReadAllText(path));
    }

    [Fact]
    public void ReadOnlyFileIsRewrittenWithForceAndKeepsItsMode()
    {
        if (OperatingSystem.IsWindows())
        {
            return;
        }

        string path = WriteBytes("ro.txt", Encoding.UTF8.GetBytes(Input));
        var mode = UnixFileMode.UserRead | UnixFileMode.GroupRead | UnixFileMode.OtherRead;
        File.SetUnixFileMode(path, mode);
        var run = CliRunner.Run("fix", path, "--force");
        Assert.Equal(0, run.ExitCode);
        Assert.Equal(Fixed, File.ReadAllText(path));
        Assert.Equal(mode, File.GetUnixFileMode(path));
    }
}
