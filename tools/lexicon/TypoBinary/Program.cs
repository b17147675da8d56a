// Writes the binary form of the PS5001 typo lexicon (see ../README.md). The writer is internal to the library, so it
// is reached by reflection: TypoDetector.WriteDefaultLexiconBinary builds the lexicon from the embedded text sources
// (words.txt.gz, policy-words.txt) exactly as the library would and writes its tables.
using System.Reflection;

if (args.Length != 1)
{
    Console.Error.WriteLine("usage: TypoBinary <output words.bin>");
    return 2;
}

var type = typeof(PolicySpeech.Diagnostics.SpeechAnalyzer).Assembly.GetType("PolicySpeech.Analyzers.TypoDetector", throwOnError: true)!;
var write = type.GetMethod("WriteDefaultLexiconBinary", BindingFlags.NonPublic | BindingFlags.Static)
    ?? throw new InvalidOperationException("TypoDetector.WriteDefaultLexiconBinary is missing.");
var temp = args[0] + ".tmp";
using (var stream = File.Create(temp))
{
    write.Invoke(null, [stream]);
}

File.Move(temp, args[0], overwrite: true);
Console.WriteLine($"wrote {args[0]} ({new FileInfo(args[0]).Length:N0} bytes)");
return 0;
