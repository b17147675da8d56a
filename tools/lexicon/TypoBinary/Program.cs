// Writes the binary form of the PS5001 typo lexicon (see ../README.md). The writer is internal to the library, so it
// is reached by reflection: TypoDetector.WriteDefaultLexiconBinary builds the lexicon from its text sources
// (tools/lexicon/data/words.txt.gz, read here, and the embedded Lexicons/Spelling/policy-words.txt) exactly as the library
// would and writes its tables.
using System.Reflection;

if (args.Length != 2)
{
    Console.Error.WriteLine("usage: TypoBinary <input words.txt.gz> <output words.bin>");
    return 2;
}

var type = typeof(PolicySpeech.Diagnostics.SpeechAnalyzer).Assembly.GetType("PolicySpeech.Spelling.TypoDetector", throwOnError: true)!;
var write = type.GetMethod("WriteDefaultLexiconBinary", BindingFlags.NonPublic | BindingFlags.Static)
    ?? throw new InvalidOperationException("TypoDetector.WriteDefaultLexiconBinary is missing.");
var temp = args[1] + ".tmp";
using (var words = File.OpenRead(args[0]))
using (var stream = File.Create(temp))
{
    write.Invoke(null, [words, stream]);
}

File.Move(temp, args[1], overwrite: true);
Console.WriteLine($"wrote {args[1]} ({new FileInfo(args[1]).Length:N0} bytes)");
return 0;
