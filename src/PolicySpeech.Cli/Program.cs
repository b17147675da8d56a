namespace PolicySpeech.Cli;

/// <summary>The entry point of the <c>policyspeech</c> command.</summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        Console.OutputEncoding = System.Text.Encoding.UTF8;
        return CliApp.Run(args, Console.Out, Console.Error);
    }
}
