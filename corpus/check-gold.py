#!/usr/bin/env python3
"""Checks the commitment gold files corpus/**/<name>.commitments.json against their <name>.txt.

Usage: python3 corpus/check-gold.py [FILE.commitments.json ...]   (default: every gold file under corpus/)
Exit code 0 when every file passes, 1 otherwise. Standard library only.
See corpus/README.md, section "Commitment gold", for the conventions checked here.
"""
import glob
import json
import os
import sys

MODALITIES = {"ensure", "strive", "should", "encourage", "prohibit", "plan"}
COMPARATORS = {">=", "<=", "=", "~", ">", "<", "range"}
KINDS = {"by", "relative", "recurring", "period", "within"}
# DESIGN.md's closed list; 每季度 and 每半年 are "regular" under it.
RECURRENCES = {"yearly", "monthly", "weekly", "daily", "regular"}
COMMITMENT_KEYS = ["text", "line", "quantified", "actor", "actorExplicit", "action", "modality", "metric", "deadline"]
METRIC_KEYS = {"indicator", "comparator", "value", "valueHigh", "unit", "redacted"}
DEADLINE_KEYS = {"text", "kind", "year", "recurrence"}


def nth_find(line, text, n):
    pos = -1
    for _ in range(n):
        pos = line.find(text, pos + 1)
        if pos < 0:
            return -1
    return pos


def check_file(path):
    errors, notes = [], []
    txt = path[: -len(".commitments.json")] + ".txt"
    try:
        with open(path, encoding="utf-8") as f:
            gold = json.load(f)
    except (OSError, ValueError) as e:
        return [f"cannot read JSON: {e}"], notes, None
    if not os.path.exists(txt):
        return [f"no text file {txt}"], notes, None
    with open(txt, encoding="utf-8") as f:
        lines = f.read().split("\n")

    ref = gold.get("referenceYear")
    if not isinstance(ref, int):
        errors.append("referenceYear must be an integer")
        ref = 0
    if not isinstance(gold.get("note"), str) or not gold["note"]:
        errors.append("note must be a non-empty string")
    cov = gold.get("qualitativeCoverage")
    if cov is not None and not (isinstance(cov.get("lines"), list) and all(isinstance(x, int) for x in cov["lines"])):
        errors.append("qualitativeCoverage.lines must be a list of line numbers")

    def locate(item, where):
        line, text = item.get("line"), item.get("text")
        if not isinstance(line, int) or not 1 <= line <= len(lines):
            errors.append(f"{where}: bad line {line!r}")
            return None
        if not isinstance(text, str) or not text:
            errors.append(f"{where}: empty text")
            return None
        occ = item.get("occurrence", 1)
        pos = nth_find(lines[line - 1], text, occ)
        if pos < 0:
            errors.append(f"{where}: text not in line {line} (occurrence {occ}): {text}")
            return None
        if "occurrence" not in item and lines[line - 1].count(text) > 1:
            errors.append(f"{where}: text occurs {lines[line - 1].count(text)} times in line {line}; add \"occurrence\"")
        return (line, pos, pos + len(text))

    spans = []
    seen = set()
    quantified = 0
    for i, c in enumerate(gold.get("commitments", [])):
        where = f"commitments[{i}] (line {c.get('line')})"
        missing = [k for k in COMMITMENT_KEYS if k not in c]
        if missing:
            errors.append(f"{where}: missing {missing}")
            continue
        span = locate(c, where)
        if span:
            spans.append(span)
        if c["modality"] not in MODALITIES:
            errors.append(f"{where}: modality {c['modality']!r}")
        if not isinstance(c["actor"], str) or not c["actor"]:
            errors.append(f"{where}: empty actor")
        if not isinstance(c["actorExplicit"], bool):
            errors.append(f"{where}: actorExplicit must be boolean")
        elif c["actorExplicit"] and c["actor"] not in c["text"]:
            errors.append(f"{where}: explicit actor {c['actor']!r} is not inside the text")
        if not isinstance(c["action"], str) or not c["action"]:
            errors.append(f"{where}: empty action")
        m, d = c["metric"], c["deadline"]
        if c["quantified"] != (m is not None or d is not None):
            errors.append(f"{where}: quantified must be true exactly when metric or deadline is present")
        quantified += bool(c["quantified"])
        if m is not None:
            if set(m) != METRIC_KEYS:
                errors.append(f"{where}: metric keys {sorted(m)}")
            else:
                if not m["indicator"]:
                    errors.append(f"{where}: empty indicator")
                if m["comparator"] not in COMPARATORS:
                    errors.append(f"{where}: comparator {m['comparator']!r}")
                if m["redacted"] != (m["value"] is None):
                    errors.append(f"{where}: redacted must be true exactly when value is null")
                if m["value"] is not None and not isinstance(m["value"], (int, float)):
                    errors.append(f"{where}: value must be a number")
                if m["comparator"] == "range":
                    if m["valueHigh"] is None or (m["value"] is not None and m["valueHigh"] <= m["value"]):
                        errors.append(f"{where}: range needs valueHigh > value")
                elif m["valueHigh"] is not None:
                    errors.append(f"{where}: valueHigh only for range")
                if not isinstance(m["unit"], str) or not m["unit"]:
                    errors.append(f"{where}: empty unit")
                if m["redacted"] and "*" not in c["text"] and "＊" not in c["text"]:
                    errors.append(f"{where}: redacted metric but no * in text")
        if d is not None:
            if set(d) != DEADLINE_KEYS:
                errors.append(f"{where}: deadline keys {sorted(d)}")
            else:
                if d["text"] not in lines[c["line"] - 1]:
                    errors.append(f"{where}: deadline text {d['text']!r} not in line {c['line']}")
                if d["kind"] not in KINDS:
                    errors.append(f"{where}: deadline kind {d['kind']!r}")
                elif d["kind"] == "recurring":
                    if d["year"] is not None:
                        errors.append(f"{where}: recurring deadline must have year null")
                    if d["recurrence"] not in RECURRENCES:
                        errors.append(f"{where}: recurrence {d['recurrence']!r}")
                else:
                    if not isinstance(d["year"], int):
                        errors.append(f"{where}: {d['kind']} deadline needs an integer year")
                    elif d["kind"] == "relative" and d["year"] not in (ref, ref + 1):
                        errors.append(f"{where}: relative year {d['year']} far from referenceYear {ref}")
                    if d["recurrence"] is not None:
                        errors.append(f"{where}: recurrence only for recurring deadlines")
        key = (c["line"], c.get("occurrence", 1), c["text"], m["indicator"] if m else None)
        if key in seen:
            errors.append(f"{where}: duplicate commitment {key}")
        seen.add(key)

    for i, n in enumerate(gold.get("nonCommitments", [])):
        where = f"nonCommitments[{i}] (line {n.get('line')})"
        if not n.get("why"):
            errors.append(f"{where}: missing why")
        span = locate(n, where)
        if span:
            for (l, a, b) in spans:
                if l == span[0] and a < span[2] and span[1] < b:
                    errors.append(f"{where}: overlaps a commitment span")
    total = len(gold.get("commitments", []))
    return errors, notes, (total, quantified, total - quantified, len(gold.get("nonCommitments", [])))


def main(argv):
    here = os.path.dirname(os.path.abspath(__file__))
    files = argv[1:] or sorted(glob.glob(os.path.join(here, "**", "*.commitments.json"), recursive=True))
    if not files:
        print("no gold files found")
        return 1
    failed = 0
    for path in files:
        errors, notes, counts = check_file(path)
        rel = os.path.relpath(path, os.path.dirname(here))
        if counts:
            print(f"{rel}: {counts[0]} commitments ({counts[1]} quantified, {counts[2]} qualitative), {counts[3]} non-commitments")
        for n in notes:
            print(f"  note: {n}")
        for e in errors:
            print(f"  ERROR: {e}")
        failed += bool(errors)
    print(f"{len(files) - failed} passed, {failed} failed")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
