#!/usr/bin/env python3
"""Builds src/PolicySpeech.Analysis/Lexicons/Semantics/general-verbs.txt from jieba's dict.txt (word, count, part of speech).

Keeps the words jieba tags `v` (verb) that are at least two characters long and counted at least MIN_COUNT times.
Run: python3 tools/lexicon/build_general_verbs.py /usr/lib/python3/dist-packages/jieba/dict.txt  (Debian python3-jieba 0.42.1)
"""
import os, sys

MIN_COUNT = 20
src = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/jieba/dict.txt"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "PolicySpeech.Analysis", "Lexicons", "Semantics", "general-verbs.txt")
words = set()
for line in open(src, encoding="utf-8"):
    parts = line.split()
    if len(parts) == 3 and parts[2] == "v" and len(parts[0]) >= 2 and int(parts[1]) >= MIN_COUNT and all("\u4e00" <= c <= "\u9fff" for c in parts[0]):
        words.add(parts[0])
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# Verbs of general Chinese: the words jieba tags v, of two characters or more, counted at least {MIN_COUNT} times.\n")
    f.write("# Source: jieba 0.42.1 (Debian python3-jieba), dict.txt, MIT licence, github.com/fxsjy/jieba.\n")
    f.write("# ActionClauses reads a clause of a plan or outlook that opens with one as an\n")
    f.write("# action when the genre's own list (action-verbs.txt) has no entry for it (发行, 摒弃, 分享). Built by tools/lexicon/build_general_verbs.py.\n")
    f.write("word\n")
    for w in sorted(words):
        f.write(w + "\n")
print(len(words), "words ->", out)
