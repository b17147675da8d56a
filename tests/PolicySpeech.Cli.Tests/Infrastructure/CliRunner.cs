namespace PolicySpeech.Cli.Tests;

/// <summary>Runs the CLI in-process with captured output.</summary>
public static class CliRunner
{
    public sealed record Result(int ExitCode, string Out, string Error);

    public static Result Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        int code = CliApp.Run(args, stdout, stderr);
        return new Result(code, stdout.ToString(), stderr.ToString());
    }

    /// <summary>Runs the CLI with <paramref name="input"/> (UTF-8) as standard input.</summary>
    public static Result RunWithInput(string input, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        byte[] bytes = System.Text.Encoding.UTF8.GetBytes(input);
        int code = CliApp.Run(args, stdout, stderr, () => new MemoryStream(bytes, writable: false));
        return new Result(code, stdout.ToString(), stderr.ToString());
    }
}
