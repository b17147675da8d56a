#!/bin/sh
# Regenerates src/PolicySpeech.Analysis/Lexicons/Spelling/words.bin, the precomputed binary form of the PS5001 lexicon,
# from its text sources (tools/lexicon/data/words.txt.gz, not shipped, and Lexicons/Spelling/policy-words.txt). Deterministic:
# the same sources give the same bytes. Run it after build_typo_data.py or after editing policy-words.txt;
# TypoLexiconBinaryTests fails until then.
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
dotnet run --project "$root/tools/lexicon/TypoBinary" -c Release -- "$root/tools/lexicon/data/words.txt.gz" "$root/src/PolicySpeech.Analysis/Lexicons/Spelling/words.bin"
