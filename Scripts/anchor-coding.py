#!/usr/bin/env python3
"""Points each coded stance's evidence into the corpus: adds "at", the character offset of each
evidence snippet in the article file (or -1 when it is not found), so that the coding names the
sentence by place as well as by a few of its words.

usage: Scripts/anchor-coding.py CORPUS_DIR CODED.json...   (rewrites the files in place)
"""
import json
import re
import sys


def fold(text):
    return text.replace("\u2019", "'").replace("\u2018", "'").replace("\u201c", '"').replace("\u201d", '"').lower()


def locate(text, snippet):
    words = [re.escape(w) for w in fold(snippet).split()]
    match = re.search(r"\s+".join(words), fold(text)) if words else None
    return match.start() if match else -1


def compact(coded):
    """One line per top-level field, and one per actor or stance: easy to read and to diff."""
    lines = []
    for key, value in coded.items():
        if isinstance(value, list) and value and isinstance(value[0], dict):
            items = ",\n  ".join(json.dumps(item, ensure_ascii=False) for item in value)
            lines.append(" %s: [\n  %s]" % (json.dumps(key), items))
        else:
            lines.append(" %s: %s" % (json.dumps(key), json.dumps(value, ensure_ascii=False)))
    return "{\n" + ",\n".join(lines) + "\n}\n"


corpus = sys.argv[1]
for path in sys.argv[2:]:
    with open(path, encoding="utf-8") as f:
        coded = json.load(f)
    with open(corpus + "/" + coded["file"], encoding="utf-8", errors="replace") as f:
        text = f.read()
    for stance in coded.get("stances", []):
        stance["at"] = [locate(text, key) for key in stance.get("evidence_any", [])]
    for stance in coded.get("optional_stances", []):
        stance["at"] = locate(text, stance.get("evidence", ""))
    with open(path, "w", encoding="utf-8") as f:
        f.write(compact(coded))
