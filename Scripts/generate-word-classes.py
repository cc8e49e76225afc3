#!/usr/bin/env python3
"""Compiles WordNet's word classes into Sources/ArticleModel/Generated/BundledWordClasses.swift.

usage: Scripts/generate-word-classes.py [WORDNET_DIR]   (default /usr/share/wordnet, Debian's wordnet-base)

For every single-word lemma that is a verb, adjective or adverb, and every noun that is common
(tagged in WordNet's sense-tagged corpus) or has several senses, one sorted line:
    word TAB n v a r N V [TAB noun]
where n, v, a, r are '-' when the word is not that class, otherwise a letter from 'a' (never seen
in the tagged corpus) upward by how often that class was seen, and N and V are the lexicographer
file of the word's most frequent noun and verb sense ('A' + number - 3 for nouns, 'a' + number - 29
for verbs; '-' when none), and for a verb the noun that names its action ("apologise": "apology").
Irregular forms (WordNet's *.exc files) follow in a second table:
    form TAB lemma TAB class
Both are Swift string literals, searched by halving at run time: nothing is parsed at start-up.
"""
import math
import os
import sys

WN = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/wordnet"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "Sources", "ArticleModel", "Generated", "BundledWordClasses.swift")
CLASSES = [("noun", "n"), ("verb", "v"), ("adj", "a"), ("adv", "r")]


def plain(word):
    return word.isascii() and word[:1].isalpha() and all(c.isalpha() or c in "-'" for c in word) and word == word.lower()


def lexfile(pos, offset):
    with open(os.path.join(WN, "data." + pos), "rb") as f:
        f.seek(int(offset))
        return int(f.readline().split()[1])


entries = {}
rare_nouns = {}
for name, letter in CLASSES:
    with open(os.path.join(WN, "index." + name), encoding="utf-8") as f:
        for line in f:
            if line.startswith(" "):
                continue
            fields = line.split()
            word = fields[0]
            if not plain(word):
                continue
            senses = int(fields[2])
            pointers = int(fields[3])
            tagged = int(fields[5 + pointers])
            offsets = fields[6 + pointers:]
            if name == "noun" and tagged == 0 and senses < 2:
                rare_nouns[word] = offsets[0]
                continue  # rare one-sense nouns: an unknown word is taken for a noun anyway
            entry = entries.setdefault(word, {"n": "-", "v": "-", "a": "-", "r": "-", "N": "-", "V": "-"})
            entry[letter] = chr(ord("a") + min(25, round(2 * math.log2(tagged + 1))))
            if name == "noun":
                entry["N"] = chr(ord("A") + lexfile("noun", offsets[0]) - 3)
            elif name == "verb":
                entry["V"] = chr(ord("a") + lexfile("verb", offsets[0]) - 29)

# A rare noun that is also a verb, adjective or adverb keeps its noun class ("visa").
for word, offset in rare_nouns.items():
    if word in entries:
        entries[word]["n"] = "a"
        entries[word]["N"] = chr(ord("A") + lexfile("noun", offset) - 3)
def synset_words(pos, offset):
    with open(os.path.join(WN, "data." + pos), "rb") as f:
        f.seek(int(offset))
        fields = f.readline().decode("utf-8").split()
    count = int(fields[3], 16)
    words = [fields[4 + 2 * i].lower() for i in range(count)]
    pointers_at = 4 + 2 * count
    pointers = []
    for i in range(int(fields[pointers_at])):
        symbol, target, target_pos, numbers = fields[pointers_at + 1 + 4 * i: pointers_at + 5 + 4 * i]
        pointers.append((symbol, target, target_pos, int(numbers[:2], 16), int(numbers[2:], 16)))
    return words, pointers


# Lexicographer files of nouns for beings and things (Tops, animal, body, food, object, person,
# plant), which never name a verb's action.
BEINGS_AND_THINGS = {3, 5, 8, 13, 17, 18, 20}

# The noun a verb's commonest senses are named by ("apologise" gives "apology"): WordNet's
# derivational links, from the first sense that has one to a single-word noun.
derived = {}
with open(os.path.join(WN, "index.verb"), encoding="utf-8") as f:
    for line in f:
        if line.startswith(" "):
            continue
        fields = line.split()
        verb = fields[0]
        if verb not in entries:
            continue
        pointers = int(fields[3])
        for offset in fields[6 + pointers:][:3]:
            words, links = synset_words("verb", offset)
            if verb not in words:
                continue
            source = words.index(verb) + 1
            nouns = []
            for symbol, target, target_pos, from_word, to_word in links:
                if symbol == "+" and target_pos == "n" and from_word == source:
                    noun = synset_words("noun", target)[0][to_word - 1]
                    # ("create" links to "creature" too: a being or a thing made is no action.)
                    if lexfile("noun", target) in BEINGS_AND_THINGS:
                        continue
                    if plain(noun) and noun != verb and not noun.endswith("er") and not noun.endswith("or") and not noun.endswith("ist"):
                        nouns.append(noun)
            if nouns:
                derived[verb] = min(nouns, key=lambda n: (-(1 if n.endswith(("tion", "sion", "ment", "ance", "ence", "al", "y", "ure")) else 0), len(n)))
                break

lines = sorted("%s\t%s%s" % (w, "".join(e[k] for k in "nvarNV"), "\t" + derived[w] if w in derived else "") for w, e in entries.items())

exceptions = []
for name, letter in CLASSES:
    with open(os.path.join(WN, name + ".exc"), encoding="utf-8") as f:
        for line in f:
            parts = line.split()
            if len(parts) >= 2 and plain(parts[0]) and plain(parts[1]) and parts[0] != parts[1]:
                exceptions.append("%s\t%s\t%s" % (parts[0], parts[1], letter))
exceptions = sorted(set(exceptions))

with open(OUT, "w", encoding="utf-8") as out:
    out.write("// Generated by Scripts/generate-word-classes.py from WordNet 3.0; do not edit.\n")
    out.write("//\n// WordNet 3.0 Copyright 2006 by Princeton University. All rights reserved.\n")
    out.write("// THIS SOFTWARE AND DATABASE IS PROVIDED \"AS IS\" AND PRINCETON UNIVERSITY MAKES NO\n")
    out.write("// REPRESENTATIONS OR WARRANTIES, EXPRESS OR IMPLIED. (Full licence: README, \"WordNet\".)\n\n")
    out.write("extension WordClasses {\n")
    out.write("    /// Sorted lines `word TAB n v a r N V` (see Scripts/generate-word-classes.py).\n")
    out.write("    static let bundledEntries: StaticString = \"\"\"\n")
    out.write("\n".join(lines))
    out.write("\n\"\"\"\n\n")
    out.write("    /// Sorted lines `form TAB lemma TAB class`: WordNet's irregular forms.\n")
    out.write("    static let bundledExceptions: StaticString = \"\"\"\n")
    out.write("\n".join(exceptions))
    out.write("\n\"\"\"\n}\n")
print("%d words, %d irregular forms -> %s" % (len(lines), len(exceptions), os.path.relpath(OUT)))
