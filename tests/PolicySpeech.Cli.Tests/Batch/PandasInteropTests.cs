using System.Diagnostics;

namespace PolicySpeech.Cli.Tests.Batch;

/// <summary>
/// Issue #13: the CSV tables read in pandas as the researcher's guide says: the header's first name is <c>path</c> (the
/// byte order mark is skipped), <c>redacted</c> is a boolean column that masks rows (<c>c[c.redacted]</c>). Needs a
/// python3 with pandas (Debian: python3-pandas; POLICYSPEECH_PYTHON names another interpreter); returns early where absent.
/// </summary>
public sealed class PandasInteropTests
{
    private const string Script = """
        import sys, pandas as pd
        out = sys.argv[1]
        c = pd.read_csv(out + "/commitments.csv")
        d = pd.read_csv(out + "/documents.csv")
        print(c.columns[0], d.columns[0], c.redacted.dtype, len(c[c.redacted]), len(c), int(c.redacted.isna().sum()))
        """;

    [Fact]
    public void CsvTablesOpenInPandasWithABooleanRedactedColumn()
    {
        string python = Environment.GetEnvironmentVariable("POLICYSPEECH_PYTHON") ?? "/usr/bin/python3";
        if (!File.Exists(python) || !Runs(python, "-c", "import pandas"))
        {
            return;
        }

        using var folder = new BatchTestFolder(copies: 1, badFiles: false);
        var run = BatchTestFolder.Run("batch", folder.Input, "--out", folder.Out("o"), "--format", "csv");
        Assert.True(run.Code is 0 or 1, run.Error);
        string script = Path.Combine(folder.Root, "read.py");
        File.WriteAllText(script, Script);
        var start = new ProcessStartInfo(python, [script, folder.Out("o")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        string output = process.StandardOutput.ReadToEnd();
        string error = process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(120_000), "python timed out");
        Assert.True(process.ExitCode == 0, error);
        var parts = output.Trim().Split(' ');
        Assert.Equal("path", parts[0]);
        Assert.Equal("path", parts[1]);
        Assert.Equal("bool", parts[2]);
        Assert.True(int.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture) > 0, output);
        Assert.True(int.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture) > 100, output);
        Assert.Equal("0", parts[5]);
    }

    private static bool Runs(string program, params string[] arguments)
    {
        try
        {
            using var process = Process.Start(new ProcessStartInfo(program, arguments) { RedirectStandardError = true, RedirectStandardOutput = true })!;
            process.WaitForExit(60_000);
            return process.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }
}
