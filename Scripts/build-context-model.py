#!/usr/bin/env python3
"""Build textmend's Chinese word-context table from the open-gram language model.

    Scripts/build-context-model.py [DATA_DIR] [--pairs N]

Source: Debian's `sunpinyin-data` package (open-gram, https://sourceforge.net/projects/open-gram/,
CC BY-SA 3.0; see its /usr/share/doc/sunpinyin-data/copyright): lm_sc.t3g, a word trigram
back-off model (71,759 words, 2.5 million bigrams), and pydict_sc.bin, the pinyin trie
whose word strings, in word-id order, name the model's ids. Without DATA_DIR the package is
fetched with `apt-get download sunpinyin-data` and unpacked into a temporary folder. The model
is dumped with `tslminfo -v` from Debian's `sunpinyin-utils` (apt-get install
sunpinyin-utils). Python 3 standard library otherwise.

Kept: bigrams whose two words are Han words in jieba's lexicon (read from
Sources/TextMend/Lexicon/JiebaDictionary.swift, see Scripts/build-lexicon.py) and whose
probability differs from the back-off estimate by at least 0.5 nats, the N most probable
pairs (joint probability P(w1) P(w2|w1); default 200,000). Each is stored as its association
A = ln P(w2|w1) - ln P(w2); a pair not stored whose words are both known gets the back-off
association ln bow(w1). Trigrams are not used.

Writes Sources/TextMend/Lexicon/ContextBigrams.swift, a Swift raw string literal, one line per
first word: the word, one ASCII code for its back-off association, then each second word
followed by the code of the pair's association; words known to the model that start no kept
pair still get a line (they mark a word as known). Codes: chr(0x30 + round(4 * (A + 4))),
A clipped to [-4, 12]. The table is an adaptation of open-gram and carries its licence,
CC BY-SA 3.0 (header of the generated file, Sources/TextMend/Lexicon/ContextBigrams-NOTICE.md).
"""

import glob
import math
import os
import struct
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "TextMend", "Lexicon", "ContextBigrams.swift")
JIEBA = os.path.join(ROOT, "Sources", "TextMend", "Lexicon", "JiebaDictionary.swift")
MODEL = "usr/lib/x86_64-linux-gnu/sunpinyin/data"

NOTICE = """Adapted from open-gram (the sunpinyin-data package of Debian, version
0.1.22+20170109), https://sourceforge.net/projects/open-gram/:
  Copyright (c) 1997-2010, MDBG; (c) 2010 Kov Chai; (c) 2010 virus huo; (c) 2010 Tinyfool.
  Upstream authors: Kefu Chai, Yong Sun, Wei Xue, Mike Qin.
open-gram is licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported
License (https://creativecommons.org/licenses/by-sa/3.0/). This table is an adaptation
(bigram associations selected and quantized by Scripts/build-context-model.py) and is
licensed under the same licence, CC BY-SA 3.0; the rest of textmend is not affected."""


def fetch():
    folder = tempfile.mkdtemp(prefix="open-gram-")
    subprocess.run(["apt-get", "download", "sunpinyin-data"], cwd=folder, check=True, stdout=sys.stderr)
    deb = glob.glob(os.path.join(folder, "sunpinyin-data_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(folder, "x")], check=True)
    return os.path.join(folder, "x")


def load_words(path):
    """The trie's word strings (UCS-4, NUL-terminated) after its node table, in id order."""
    data = open(path, "rb").read()
    count, _, offset = struct.unpack_from("<III", data, 0)
    words, start = [], offset
    for _ in range(count - 1):
        end = start
        while struct.unpack_from("<I", data, end)[0] != 0:
            end += 4
        words.append("".join(chr(c) for c in struct.unpack_from(f"<{(end - start) // 4}I", data, start)))
        start = end + 4
    return words


def load_jieba():
    words, inside = set(), False
    for line in open(JIEBA, encoding="utf-8"):
        if not inside:
            inside = line.rstrip("\n").endswith('#"""')
            continue
        if line.startswith('"""#'):
            break
        end = 0
        while end < len(line) and ord(line[end]) >= 0x80:
            end += 1
        words.add(line[:end])
    return words


def han(word):
    return bool(word) and all(0x4E00 <= ord(c) <= 0x9FFF for c in word)


def code(value):
    return chr(0x30 + max(0, min(64, round(4 * (value + 4)))))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    limit = int(sys.argv[sys.argv.index("--pairs") + 1]) if "--pairs" in sys.argv else 200_000
    if "--pairs" in sys.argv:
        args.remove(str(limit))
    root = args[0] if args else fetch()
    words = load_words(os.path.join(root, MODEL, "pydict_sc.bin"))
    jieba = load_jieba()
    dump = subprocess.run(["tslminfo", "-v", os.path.join(root, MODEL, "lm_sc.t3g")], check=True,
                          capture_output=True, text=True).stdout
    unigram, backoff, pairs, section = {}, {}, [], None
    for line in dump.splitlines():
        if line.startswith("\\"):
            section = line[1]
            continue
        fields = line.split()
        if section == "1":
            unigram[int(fields[0])], backoff[int(fields[0])] = float(fields[1]), float(fields[2])
        elif section == "2":
            first, second, cost = int(fields[0]), int(fields[1]), float(fields[2])
            if first < len(words) and second < len(words):
                pairs.append((first, second, cost))
        elif section == "3":
            break

    def known(i):
        return i < len(words) and han(words[i]) and words[i] in jieba

    kept = []
    for first, second, cost in pairs:
        if not (known(first) and known(second)):
            continue
        association = unigram[second] - cost  # ln P(w2|w1) - ln P(w2); costs are -ln
        if association - (-backoff[first]) < 0.5:
            continue
        kept.append((-unigram[first] - cost, words[first], words[second], association))
    kept.sort(key=lambda k: (-k[0], k[1], k[2]))
    kept = kept[:limit]
    by_first = {}
    for _, first, second, association in kept:
        by_first.setdefault(first, []).append((second, association))
    bow = {words[i]: -backoff[i] for i in unigram if known(i)}
    lines = []
    for word in sorted(bow):
        line = word + code(bow[word])
        for second, association in sorted(by_first.get(word, [])):
            line += second + code(association)
        lines.append(line)
    body = "\n".join(lines)
    assert '"""' not in body and "\\#" not in body
    header = "\n".join("// " + l if l else "//" for l in NOTICE.splitlines())
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"""// Generated by Scripts/build-context-model.py from lm_sc.t3g of open-gram (Debian package
// sunpinyin-data); do not edit. {len(lines)} words, {len(kept)} word pairs: each line a word and the
// code of its back-off association, then second words each followed by the code of the pair's
// association ln P(w2|w1) - ln P(w2); see the script. Licence:
//
{header}

/// open-gram's word-pair associations in textmend's compact line format (CC BY-SA 3.0, see
/// above and Scripts/build-context-model.py).
enum ContextBigrams {{
    /// Lines (words) and pairs, to size the tables before parsing.
    static let words = {len(lines)}, pairs = {len(kept)}
    /// One first word per line.
    static let text: StaticString = #\"\"\"
{body}
\"\"\"#
}}
""")
    print(f"{OUT}: {len(lines)} words, {len(kept)} pairs, {os.path.getsize(OUT)} bytes", file=sys.stderr)


if __name__ == "__main__":
    main()
