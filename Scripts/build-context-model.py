#!/usr/bin/env python3
"""Build textmend's Chinese word-context table from the open-gram language model and
LibreOffice's Chinese help (technical word pairs).

    Scripts/build-context-model.py [DATA_DIR] [--pairs N] [--technical DIR] [--ui DIR]
                                   [--min-count N] [--cap A] [--margin A]

Source: Debian's `sunpinyin-data` package (open-gram, https://sourceforge.net/projects/open-gram/,
CC BY-SA 3.0; see its /usr/share/doc/sunpinyin-data/copyright): lm_sc.t3g, a word trigram
back-off model (71,759 words, 2.5 million bigrams), and pydict_sc.bin, the pinyin trie
whose word strings, in word-id order, name the model's ids. Without DATA_DIR the package is
fetched with `apt-get download sunpinyin-data` and unpacked into a temporary folder. The model
is dumped with `tslminfo -v` from Debian's `sunpinyin-utils` (apt-get install
sunpinyin-utils). Python 3 standard library otherwise.

Kept: bigrams whose two words are Han words in jieba's lexicon (read from
Tests/TextMendTests/Reference/JiebaDictionary.swift, see Scripts/build-lexicon.py) and whose
probability differs from the back-off estimate by at least 0.5 nats, the N most probable
pairs (joint probability P(w1) P(w2|w1); default 200,000). Each is stored as its association
A = ln P(w2|w1) - ln P(w2); a pair not stored whose words are both known gets the back-off
association ln bow(w1). Trigrams are not used.

Technical pairs: open-gram is general web text and lacks the word pairs of software prose
(个人 数据, 本 文档). Debian's `libreoffice-help-zh-cn` and `libreoffice-l10n-zh-cn`
packages (LibreOffice 7.4 help and UI messages in Simplified Chinese, MPL-2.0; fetched with
`apt-get download` unless --technical and --ui name the unpacked packages) give them: the 2,561
help pages, tags, scripts and styles dropped, and the 33 message catalogs (.mo), cut into Han
runs, each segmented by a unigram Viterbi over jieba's lexicon as textmend's `Segmenter` does
it (408,000 words from the help, 118,000 from the catalogs). A pair seen --min-count times (default 2) gets
A = ln((c(w1 w2) - 0.5) N / (c(w1) c(w2))), capped at --cap (default 4: a small corpus
inflates the association of rare pairs; uncapped, 不 稳定 got 6 and flagged 不稳定版 as
不稳定新版), and is stored where it exceeds what open-gram gives the pair (its own, the back-off,
0 for a word it lacks) by --margin (default 0.5); a first word open-gram lacks gets a neutral
back-off (0). Measured with Scripts/stripped-benchmark.py --lang zh, seeds 1-3, with terms:
min-count 3 and no cap dropped precision to 0.891 on seed 3; cap 3 gained less recall; the
catalogs added 0.004-0.011 of recall*.

Writes Tests/TextMendTests/Reference/ContextBigrams.swift, a Swift raw string literal, one line per
first word: the word, one ASCII code for its back-off association, then each second word
followed by the code of the pair's association; words known to the model that start no kept
pair still get a line (they mark a word as known). Codes: chr(0x30 + round(4 * (A + 4))),
A clipped to [-4, 12]. The table is an adaptation of open-gram (CC BY-SA 3.0) and of
LibreOffice's help (MPL-2.0) and carries both licences (header of the generated file,
Sources/TextMendTables/context-NOTICE.md), then runs Scripts/build-tables.py, which turns it into
the binary table textmend reads in place (Sources/TextMendTables/context.bin).
"""

import argparse
import gettext
import glob
import html
import math
import os
import re
import struct
import subprocess
import sys
import tempfile

from jieba_literal import entries, standalone_share

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Tests", "TextMendTests", "Reference", "ContextBigrams.swift")
JIEBA = os.path.join(ROOT, "Tests", "TextMendTests", "Reference", "JiebaDictionary.swift")
MODEL = "usr/lib/x86_64-linux-gnu/sunpinyin/data"

NOTICE = """Adapted from open-gram (the sunpinyin-data package of Debian, version
0.1.22+20170109), https://sourceforge.net/projects/open-gram/:
  Copyright (c) 1997-2010, MDBG; (c) 2010 Kov Chai; (c) 2010 virus huo; (c) 2010 Tinyfool.
  Upstream authors: Kefu Chai, Yong Sun, Wei Xue, Mike Qin.
open-gram is licensed under the Creative Commons Attribution-ShareAlike 3.0 Unported
License (https://creativecommons.org/licenses/by-sa/3.0/). This table is an adaptation
(bigram associations selected and quantized by Scripts/build-context-model.py) and is
licensed under the same licence, CC BY-SA 3.0; the rest of textmend is not affected.

Technical word pairs derived from LibreOffice's help and UI messages in Simplified Chinese
(the libreoffice-help-zh-cn and libreoffice-l10n-zh-cn packages of Debian, version
4:7.4.7-1+deb12u14):
  Copyright 2000, 2010 Oracle and/or its affiliates.
  Copyright (c) 2000, 2010 LibreOffice contributors and/or their affiliates.
This Source Code Form is subject to the terms of the Mozilla Public License, v. 2.0. If a
copy of the MPL was not distributed with this file, You can obtain one at
https://mozilla.org/MPL/2.0/. This file therefore carries both licences: the table as a
whole is CC BY-SA 3.0 (open-gram) and its LibreOffice-derived pairs are also MPL-2.0."""


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
    return {word for word, _ in entries(JIEBA)}


def han(word):
    return bool(word) and all(0x4E00 <= ord(c) <= 0x9FFF for c in word)


def code(value):
    return chr(0x30 + max(0, min(64, round(4 * (value + 4)))))

TECHNICAL_PACKAGE = "libreoffice-help-zh-cn"
TECHNICAL_HELP = "usr/share/libreoffice/help/zh-CN"
UI_PACKAGE = "libreoffice-l10n-zh-cn"


def fetch_technical(package=TECHNICAL_PACKAGE):
    folder = tempfile.mkdtemp(prefix="lo-zh-")
    subprocess.run(["apt-get", "download", package], cwd=folder, check=True, stdout=sys.stderr)
    deb = glob.glob(os.path.join(folder, package + "_*.deb"))[0]
    subprocess.run(["dpkg-deb", "-x", deb, os.path.join(folder, "x")], check=True)
    return os.path.join(folder, "x")


def load_jieba_scores():
    """Word -> unigram log probability, as `Segmenter` scores words (singles with their
    standalone share), read from JiebaDictionary.swift's codes (see Scripts/build-lexicon.py)."""
    classes, shares = {}, {}
    for word, codes in entries(JIEBA):
        if not word or len(codes) < 2:
            continue
        classes[word] = max(1, ord(codes[0]) - 0x21)
        if len(word) == 1 and len(codes) >= 3:
            shares[word] = max(standalone_share(codes), 0.01)
    log_total = math.log(sum(math.exp(c / 4) for c in classes.values()))
    scores = {w: c / 4 - log_total + (math.log(shares.get(w, 1)) if len(w) == 1 else 0) for w, c in classes.items()}
    prefixes = {w[:i] for w in scores for i in range(1, len(w))}
    return scores, prefixes, -log_total - 4


def segment(run, scores, prefixes, unknown):
    """Unigram Viterbi segmentation of a Han run, as textmend's `Segmenter` does it."""
    best, back = [0.0] + [-math.inf] * len(run), [0] * (len(run) + 1)
    for start in range(len(run)):
        single = best[start] + scores.get(run[start], unknown)
        if single > best[start + 1]:
            best[start + 1], back[start + 1] = single, start
        end = start + 1
        while run[start:end] in prefixes and end < len(run):
            end += 1
            score = scores.get(run[start:end])
            if score is not None and best[start] + score > best[end]:
                best[end], back[end] = best[start] + score, start
    words, end = [], len(run)
    while end > 0:
        words.append(run[back[end]:end])
        end = back[end]
    return words[::-1]


def technical_pairs(root, ui, minimum):
    """Word-pair associations ln P(w2|w1) - ln P(w2) from LibreOffice's Chinese help and UI
    messages (MPL-2.0): the help pages' text (tags, scripts and styles dropped) and the message
    catalogs' translations, cut into Han runs, each segmented with jieba's lexicon; pairs seen
    `minimum` times or more, counts discounted by 0.5."""
    scores, prefixes, unknown = load_jieba_scores()
    unigrams, bigrams, total = {}, {}, 0
    pages = []
    for path in sorted(glob.glob(os.path.join(root, TECHNICAL_HELP, "**", "*.html"), recursive=True)):
        page = open(path, encoding="utf-8", errors="replace").read()
        page = re.sub(r"(?is)<(script|style)\b.*?</\1\s*>", " ", page)
        pages.append(html.unescape(re.sub(r"(?s)<[^>]*>", " ", page)))
    for path in sorted(glob.glob(os.path.join(ui, "**", "*.mo"), recursive=True)):
        with open(path, "rb") as catalog:
            pages += [text for text in gettext.GNUTranslations(catalog)._catalog.values() if isinstance(text, str)]
    for page in pages:
        for run in re.findall("[\u4e00-\u9fff]+", page):
            words = segment(run, scores, prefixes, unknown)
            for index, word in enumerate(words):
                unigrams[word] = unigrams.get(word, 0) + 1
                total += 1
                if index:
                    key = (words[index - 1], word)
                    bigrams[key] = bigrams.get(key, 0) + 1
    pairs = {}
    for (first, second), count in bigrams.items():
        if count >= minimum and first in scores and second in scores:
            pairs[(first, second)] = math.log((count - 0.5) * total / (unigrams[first] * unigrams[second]))
    print(f"{TECHNICAL_PACKAGE} and {UI_PACKAGE}: {total} words, {len(bigrams)} distinct pairs, {len(pairs)} seen {minimum}+ times",
          file=sys.stderr)
    return pairs


def main():
    parser = argparse.ArgumentParser(description="Build ContextBigrams.swift (see the module docstring).")
    parser.add_argument("data_dir", nargs="?", help="unpacked sunpinyin-data (default: apt-get download)")
    parser.add_argument("--pairs", type=int, default=200_000, help="open-gram pairs kept")
    parser.add_argument("--technical", help="unpacked libreoffice-help-zh-cn (default: apt-get download)")
    parser.add_argument("--ui", help="unpacked libreoffice-l10n-zh-cn (default: apt-get download)")
    parser.add_argument("--min-count", type=int, default=2, help="least count of a technical pair")
    parser.add_argument("--cap", type=float, default=4.0, help="most association a technical pair gets")
    parser.add_argument("--margin", type=float, default=0.5,
                        help="least excess of a technical association over open-gram's to store it")
    options = parser.parse_args()
    limit = options.pairs
    root = options.data_dir or fetch()
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
    # The technical pairs: a pair's stored association becomes the technical one where that is
    # stronger by `margin` than what open-gram gives (its pair, its back-off, 0 for a word it
    # lacks); a first word open-gram lacks gets a neutral back-off (0).
    stored = {(first, second): association for _, first, second, association in kept}
    technical = technical_pairs(options.technical or fetch_technical(), options.ui or fetch_technical(UI_PACKAGE),
                                 options.min_count)
    added = raised = 0
    for (first, second), association in sorted(technical.items()):
        association = min(association, options.cap)
        current = stored.get((first, second))
        if current is None:
            current = bow[first] if first in bow and second in bow else 0.0
        if association < current + options.margin:
            continue
        if (first, second) in stored:
            raised += 1
            by_first[first] = [(s, association if s == second else a) for s, a in by_first[first]]
        else:
            added += 1
            by_first.setdefault(first, []).append((second, association))
        stored[(first, second)] = association
        bow.setdefault(first, 0.0)
    print(f"technical pairs: {added} added, {raised} raised", file=sys.stderr)
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
// sunpinyin-data) and LibreOffice's Chinese help and messages; do not edit. {len(lines)} words,
// {len(stored)} word pairs: each line a word and the code of its back-off association, then
// second words each followed by the code of the pair's association ln P(w2|w1) - ln P(w2); see
// the script. Licence:
//
{header}

/// open-gram's and LibreOffice help's word-pair associations in textmend's compact line format
/// (CC BY-SA 3.0 and MPL-2.0, see above and Scripts/build-context-model.py).
enum ContextBigrams {{
    /// Lines (words) and pairs, to size the tables before parsing.
    static let words = {len(lines)}, pairs = {len(stored)}
    /// One first word per line.
    static let text: StaticString = #\"\"\"
{body}
\"\"\"#
}}
""")
    print(f"{OUT}: {len(lines)} words, {len(stored)} pairs, {os.path.getsize(OUT)} bytes", file=sys.stderr)
    subprocess.run([sys.executable, os.path.join(ROOT, "Scripts", "build-tables.py")], check=True)


if __name__ == "__main__":
    main()
