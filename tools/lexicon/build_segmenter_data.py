#!/usr/bin/env python3
"""Writes the word segmenter's data (src/PolicySpeech.Analysis/Lexicons/Semantics/segmenter-*.tsv.gz) from jieba's
own files, as jieba.NET 0.42.2 ships them (dict.txt, prob_trans.json, prob_emit.json; MIT licence).

    python3 tools/lexicon/build_segmenter_data.py [JIEBA_RESOURCES_DIR]

The folder defaults to ~/.nuget/packages/jieba.net/0.42.2/Resources (restore any project that references jieba.NET
0.42.2 to get it). The output is deterministic (gzip with mtime 0), so a rebuild from the same sources gives the same
bytes. Probabilities are written with Python's repr, the shortest text that parses back to the same double.
"""
import gzip, io, json, os, sys

src = sys.argv[1] if len(sys.argv) > 1 else os.path.expanduser("~/.nuget/packages/jieba.net/0.42.2/Resources")
out = os.path.join(os.path.dirname(__file__), "..", "..", "src", "PolicySpeech.Analysis", "Lexicons", "Semantics")


def write_gz(name, text):
    buf = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=buf, mtime=0, compresslevel=9) as gz:
        gz.write(text.encode("utf-8"))
    with open(os.path.join(out, name), "wb") as f:
        f.write(buf.getvalue())


def clean(s):
    assert s and all(c not in "\t\r\n" for c in s), repr(s)
    return s


# Main dictionary: every line "word count tag" of dict.txt, sorted by UTF-16 code units (the order the library's binary
# search compares in). jieba adds every line's count to its total and keeps a repeated word's last count: a repeated
# word keeps both lines here (adjacent), which is the same as long as they have the same count (checked).
entries = []
with open(os.path.join(src, "dict.txt"), encoding="utf-8", newline="") as f:
    for line in f.read().split("\r\n"):
        if not line:
            continue
        word, count, _tag = line.split(" ")
        entries.append((clean(word), int(count)))
counts = {}
for word, count in entries:
    assert counts.setdefault(word, count) == count, f"{word} is listed twice with different counts"
entries.sort(key=lambda e: e[0].encode("utf-16-be"))
lines = ["# jieba 0.42 main dictionary (dict.txt of jieba.NET 0.42.2, MIT licence): word and count, sorted by UTF-16 code units.",
         "# A repeated word keeps both of its lines (their counts add to the total, as in jieba). Built by tools/lexicon/build_segmenter_data.py.",
         "word\tcount"]
lines += [f"{w}\t{c}" for w, c in entries]
write_gz("segmenter-dictionary.tsv.gz", "\n".join(lines) + "\n")

# The HMM for runs of characters the dictionary does not join (jieba's finalseg): start probabilities (constants in
# jieba.NET's Viterbi), transition and emission log-probabilities.
rows = ["# jieba 0.42 HMM for unknown words (finalseg; jieba.NET 0.42.2, MIT licence): natural-log probabilities of the",
        "# states B(egin) M(iddle) E(nd) S(ingle). start: the first state; trans: from -> to; emit: state -> character.",
        "# Built by tools/lexicon/build_segmenter_data.py.",
        "table\tfrom\tto\tlogProbability"]
for state, p in [("B", -0.26268660809250016), ("E", -3.14e+100), ("M", -3.14e+100), ("S", -1.4652633398537678)]:
    rows.append(f"start\t\t{state}\t{p!r}")
with open(os.path.join(src, "prob_trans.json"), encoding="utf-8") as f:
    for a, targets in sorted(json.load(f).items()):
        for b, p in sorted(targets.items()):
            rows.append(f"trans\t{a}\t{b}\t{p!r}")
with open(os.path.join(src, "prob_emit.json"), encoding="utf-8") as f:
    for state, chars in sorted(json.load(f).items()):
        for ch, p in sorted(chars.items()):
            assert len(ch) == 1, repr(ch)
            rows.append(f"emit\t{state}\t{clean(ch)}\t{p!r}")
write_gz("segmenter-hmm.tsv.gz", "\n".join(rows) + "\n")
