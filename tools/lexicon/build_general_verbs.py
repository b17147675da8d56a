#!/usr/bin/env python3
"""Builds src/PolicySpeech.Analysis/Lexicons/Semantics/general-verbs.txt from jieba's dict.txt (word, count, part of speech).

Keeps the words jieba tags `v` (verb) that are at least two characters long and counted at least MIN_COUNT times, less
EXCLUDED (verbs that state rather than act).
Run: python3 tools/lexicon/build_general_verbs.py /usr/lib/python3/dist-packages/jieba/dict.txt  (Debian python3-jieba 0.42.1)
"""
import os, sys

MIN_COUNT = 20
# Verbs that relate, evaluate, enable or report rather than act: a clause they open states (具有…优势, 有利于…, 才能…, 成为…,
# 取得…成效, 包括…), so they do not make it a task. Read off the clauses these words opened over both shared corpora.
EXCLUDED = set("""才能 能够 不能 不可 只能 可以 可能 应该 需要 具有 有利于 不利于 包括 没有 作为 围绕 希望 成为 相关 面对 面临 结束
体现 取得 用于 得到 符合 加上 进入 属于 位于 存在 出现 涉及 有关 关于 根据 按照 通过 随着 经过 由于 为了 对于 旨在 每逢 打印
反映 意味着 表明 显示 说明 认为 觉得 知道 看来 看到 受到 遭到 获得 无产 来自 在于 处于 算是 等于 叫做 称为 有着 拥有 缺乏 造成
导致 带来 产生 发生 形成 成立 值得 应当 必须 需 要求 希冀 好像 似乎 仿佛 开始 结合起来""".split())
src = sys.argv[1] if len(sys.argv) > 1 else "/usr/lib/python3/dist-packages/jieba/dict.txt"
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "src", "PolicySpeech.Analysis", "Lexicons", "Semantics", "general-verbs.txt")
words = set()
for line in open(src, encoding="utf-8"):
    parts = line.split()
    if len(parts) == 3 and parts[2] == "v" and len(parts[0]) >= 2 and int(parts[1]) >= MIN_COUNT and parts[0] not in EXCLUDED and all("\u4e00" <= c <= "\u9fff" for c in parts[0]):
        words.add(parts[0])
with open(out, "w", encoding="utf-8", newline="\n") as f:
    f.write(f"# Verbs of general Chinese: the words jieba tags v, of two characters or more, counted at least {MIN_COUNT} times.\n")
    f.write("# Source: jieba 0.42.1 (Debian python3-jieba), dict.txt, MIT licence, github.com/fxsjy/jieba.\n")
    f.write("# Left out: verbs that relate, evaluate, enable or report (具有, 有利于, 才能, 成为, 取得; the list is in the script).\n")
    f.write("# ActionClauses reads a clause of a plan or outlook that opens with one as an\n")
    f.write("# action when the genre's own list (action-verbs.txt) has no entry for it (发行, 摒弃, 分享). Built by tools/lexicon/build_general_verbs.py.\n")
    f.write("word\n")
    for w in sorted(words):
        f.write(w + "\n")
print(len(words), "words ->", out)
