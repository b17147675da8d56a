#!/bin/sh
# Regenerates src/PolicySpeech.Analysis/Lexicons/Typos/words.bin, the precomputed binary form of the PS5001 lexicon,
# from the text sources beside it (words.txt.gz, policy-words.txt). Deterministic: the same sources give the same
# bytes. Run it after build_typo_data.py or after editing policy-words.txt; TypoLexiconBinaryTests fails until then.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
dotnet run --project "$root/tools/lexicon/TypoBinary" -c Release -- "$root/src/PolicySpeech.Analysis/Lexicons/Typos/words.bin"
