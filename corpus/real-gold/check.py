#!/usr/bin/env python3
"""Checks the shape of the real-text commitment gold (corpus/real-gold/*.gold.json).

Each file names a document under ../shared (which is never copied into the repository) and a list of
passages, each delimited by two exact substrings `from` and `to`; every commitment's `text` must be an
exact substring of its passage. Run: python3 corpus/real-gold/check.py [FILE...]
"""
import glob, json, os, sys

ROOT = os.path.dirname(os.path.abspath(__file__))
SHARED = os.path.normpath(os.path.join(ROOT, "..", "..", "..", "shared"))
ZONES = {"review", "plan", "outlook", "conduct", "directive", "other"}
KINDS = {"task", "target", "requirement"}
MODALITIES = {"must", "ensure", "should", "strive", "plan", "encourage", "prohibit"}
SOURCES = {"explicit", "paragraph", "section", "document"}
COMPARATORS = {">=", "<=", "=", "~", ">", "<", "range"}


def passage_span(text, p, after=0):
    start = text.find(p["from"], after)
    if start < 0:
        return None
    end = text.find(p["to"], start)
    if end < 0:
        return None
    return start, end + len(p["to"])


def check(path):
    errors = []
    gold = json.load(open(path, encoding="utf-8"))
    doc = os.path.join(SHARED, gold["document"])
    if not os.path.exists(doc):
        return [f"{path}: document {gold['document']} not found under {SHARED}"], 0, 0
    text = open(doc, encoding="utf-8-sig").read()
    for key in ("referenceYear", "government", "passages"):
        if key not in gold:
            errors.append(f"{path}: missing {key}")
    n = 0
    for i, p in enumerate(gold.get("passages", [])):
        where = f"{path} passage {i + 1} ({p.get('from', '')[:12]})"
        if text.count(p["from"]) != 1:
            errors.append(f"{where}: 'from' occurs {text.count(p['from'])} times (must be once)")
        span = passage_span(text, p)
        if span is None:
            errors.append(f"{where}: from/to not found")
            continue
        body = text[span[0]:span[1]]
        if p.get("zone") not in ZONES:
            errors.append(f"{where}: zone {p.get('zone')!r}")
        if p.get("zone") == "review" and p.get("commitments"):
            errors.append(f"{where}: a review passage lists commitments")
        for c in p.get("commitments", []):
            n += 1
            cw = f"{where}: commitment {c.get('text', '')[:20]!r}"
            occ = c.get("occurrence", 1)
            if body.count(c["text"]) < occ:
                errors.append(f"{cw}: text not in the passage")
            if body.count(c["text"]) > 1 and "occurrence" not in c:
                errors.append(f"{cw}: text occurs {body.count(c['text'])} times in the passage; add occurrence")
            if c.get("kind") not in KINDS:
                errors.append(f"{cw}: kind {c.get('kind')!r}")
            if c.get("modality") not in MODALITIES:
                errors.append(f"{cw}: modality {c.get('modality')!r}")
            if not c.get("actor") or not isinstance(c.get("actorExplicit"), bool):
                errors.append(f"{cw}: actor/actorExplicit")
            if not c.get("action"):
                errors.append(f"{cw}: action")
            m = c.get("metric")
            if m is not None:
                if m.get("comparator") not in COMPARATORS:
                    errors.append(f"{cw}: comparator {m.get('comparator')!r}")
                if m.get("redacted") and m.get("value") is not None:
                    errors.append(f"{cw}: redacted with a value")
                if c.get("kind") != "target":
                    errors.append(f"{cw}: has a metric but kind is not target")
            d = c.get("deadline")
            if d is not None:
                if d.get("source") not in SOURCES:
                    errors.append(f"{cw}: deadline source {d.get('source')!r}")
                if d.get("source") == "explicit" and (not d.get("text") or d["text"] not in body):
                    errors.append(f"{cw}: explicit deadline text must be in the passage")
    return errors, len(gold.get("passages", [])), n


if __name__ == "__main__":
    files = sys.argv[1:] or sorted(glob.glob(os.path.join(ROOT, "*.gold.json")))
    total_errors, tp, tc = 0, 0, 0
    for f in files:
        errs, p, c = check(f)
        tp, tc = tp + p, tc + c
        for e in errs:
            print(e)
        total_errors += len(errs)
    print(f"{len(files)} files, {tp} passages, {tc} commitments, {total_errors} errors")
    sys.exit(1 if total_errors else 0)
