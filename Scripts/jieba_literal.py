"""The entries of jieba's word list as textmend carries it: the string literal in
Tests/TextMendTests/Reference/JiebaDictionary.swift that Scripts/build-lexicon.py writes, one word
per line followed by its ASCII codes (frequency class first). Shared by the scripts that read it."""

import math
import os

PATH = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                    "Tests", "TextMendTests", "Reference", "JiebaDictionary.swift")


def entries(path=PATH):
    """(word, codes) for each line of the literal: the word is the line's leading non-ASCII run."""
    inside = False
    for line in open(path, encoding="utf-8"):
        line = line.rstrip("\n")
        if not inside:
            inside = line.endswith('#"""')
            continue
        if line.startswith('"""#'):
            break
        end = 0
        while end < len(line) and ord(line[end]) >= 0x80:
            end += 1
        yield line[:end], line[end:]


def standalone_share(codes):
    """How often a single character stands alone in jieba's counts, from its codes (the third,
    see Scripts/build-lexicon.py): 0.02 for 辑, 0.6 for 号; None when the line has no third code."""
    return math.exp(-(ord(codes[2]) - 0x21) / 4) if len(codes) >= 3 else None
