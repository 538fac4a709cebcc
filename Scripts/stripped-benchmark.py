#!/usr/bin/env python3
"""Benchmark of the stripped-term rules: damage clean text with a keyword filter, then
measure how well `textmend check` finds the gaps and how often its fixes restore them.

    Scripts/stripped-benchmark.py [--textmend PATH] [--corpus DIR] [--seed N] [--lang zh|en] [--json]
                                  [--show N [--show-variant NAME]]
    Scripts/stripped-benchmark.py --pages [--lang zh|en]    (clean pages only, see check_pages)
    Scripts/stripped-benchmark.py --plain DIR [--show N]    (clean plain text, see check_plain)

Clean text: Tests/Corpus/clean/{zh,en}/*.txt (real Debian documentation prose; see
Tests/Corpus/NOTICE.md). Each document gets its own simulated filter, as a scraped site
would have, chosen from the document's own words so that it bites:
  zh  a frequent two-character word and a second one (deleted as whole words), one character
      that occurs inside several different words (deleted inside them: 软件包 -> 软包), and a
      phrase of four or more characters;
  en  two frequent content words, deleted with their letters only (leaving "see  for").
Every occurrence is deleted, as filters do. A placeholder variant replaces the same terms
with X, XX, ZZ or ×× instead.

Reported, with and without the strip lexicon (the filter's terms given by --strip-terms):
  precision   findings that sit on a real gap / all stripped-term findings on damaged text
  recall      gaps with a finding on them / gaps; also (recall*) for gaps that leave a local
              anomaly, the class the issue's target is about: the deletion cut a word, leaving
              part of it orphaned (by the lexicon's segmentation of the original), or left an
              empty slot or a doubled space; a whole word taken from between intact words
              leaves no local trace. recall° narrows it to the issue's own classes: an empty
              slot, a doubled space, or an orphaned morpheme (the piece of the cut word left is
              a character that seldom stands alone, or no word); a cut that leaves only words
              (更新 -> 新) counts for recall* but not for recall°
  restoration gaps whose finding's fix inserts exactly the deleted text / detected gaps
  placeholder recall  placeholders with a finding / placeholders
  clean rate  stripped-term findings per 20,000 characters on the undamaged documents
Needs a built textmend (default .build/release/textmend, else .build/debug/textmend).
"""

import argparse
import collections
import glob
import json
import os
import random
import re
import subprocess
import sys
import tempfile

from jieba_literal import entries, standalone_share

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
HAN = re.compile(r"[\u4e00-\u9fff]")
HAN_RUN = re.compile(r"[\u4e00-\u9fff]+")


def load_lexicon():
    """jieba's words and frequency classes from the generated Swift literal (see
    Scripts/build-lexicon.py): the benchmark's filters delete real words."""
    return {word: ord(codes[0]) - 0x21 for word, codes in entries()}


def segment(run, lexicon):
    """Maximum-probability segmentation of a Han run (unigram, jieba classes): token spans."""
    n = len(run)
    best, back = [0.0] + [-1e18] * n, [0] * (n + 1)
    for i in range(n):
        for j in range(i + 1, min(n, i + 8) + 1):
            q = lexicon.get(run[i:j])
            if q is None and j > i + 1:
                continue
            value = best[i] + ((q or 0) / 4 - 18 if q is not None else -24)
            if value > best[j]:
                best[j], back[j] = value, i
    spans, j = [], n
    while j > 0:
        spans.append((back[j], j))
        j = back[j]
    return spans[::-1]


def pick_zh_terms(text, rng, lexicon):
    """A filter for one Chinese document, made of dictionary words that occur in it: two
    frequent two-character words, one character that occurs inside several different
    words, and one longer word or phrase."""
    runs = HAN_RUN.findall(text)
    grams = collections.Counter(r[i:i + k] for r in runs for k in (2, 3, 4) for i in range(len(r) - k + 1))
    words = [w for w, c in grams.most_common(400) if len(w) == 2 and c >= 3 and w in lexicon]
    rng.shuffle(words)
    terms = words[:2]
    partners = collections.defaultdict(set)
    for w in grams:
        if len(w) == 2 and w in lexicon and grams[w] >= 2:
            for ch in w:
                partners[ch].add(w)
    chars = [c for c, ws in partners.items() if len(ws) >= 3 and c not in "".join(terms)
             and c not in "的了是在和与或及不也就都这那个一有为以我你他它们之其上中下来到说要会能可对"]
    rng.shuffle(chars)
    terms += chars[:1]
    long = [w for w, c in grams.most_common(2000) if len(w) >= 3 and c >= 2 and w in lexicon
            and not any(t in w for t in terms)]
    rng.shuffle(long)
    terms += long[:1]
    return terms


def pick_en_terms(text, rng):
    words = collections.Counter(re.findall(r"\b[a-z]{5,}\b", text))
    common = [w for w, c in words.most_common(60) if c >= 3 and w not in
              ("which", "there", "their", "these", "would", "should", "could", "about", "other", "where")]
    rng.shuffle(common)
    return common[:2]


def delete_terms(text, terms, placeholder=None):
    """Applies the filter; returns the damaged text, the gaps (offset in the damaged text,
    deleted text, placeholder length) and each gap's offset in the original."""
    pattern = re.compile("|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True)))
    out, gaps, origins, last, shift = [], [], [], 0, 0
    for match in pattern.finditer(text):
        out.append(text[last:match.start()])
        position = match.start() - shift
        deleted = match.group()
        mask = "" if placeholder is None else placeholder(deleted)
        out.append(mask)
        if gaps and gaps[-1][0] + gaps[-1][2] == position and not mask and not gaps[-1][2]:
            gaps[-1] = (gaps[-1][0], gaps[-1][1] + deleted, 0)  # adjacent deletions are one gap
        else:
            gaps.append((position, deleted, len(mask)))
            origins.append(match.start())
        shift += len(deleted) - len(mask)
        last = match.end()
    out.append(text[last:])
    return "".join(out), gaps, origins


def masker(terms):
    """A masking source writes one fixed placeholder per term (as 党 -> X, 政治 -> ZZ)."""
    marks = ["X", "ZZ", "××", "XXX", "□□"]
    table = {term: marks[index % len(marks)] for index, term in enumerate(sorted(terms, key=len))}
    return lambda term: table.get(term, "XX")


def run_check(textmend, path, terms_file=None):
    command = [textmend, "check", "--select", "stripped-term", "--format", "json", path]
    if terms_file:
        command[2:2] = ["--strip-terms", terms_file]
    result = subprocess.run(command, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        sys.exit(f"textmend failed on {path}: {result.stderr.strip()}")
    return json.loads(result.stdout)["files"][0]["findings"]


def load_standalone():
    """How often each single character stands alone in jieba's counts (`standalone_share`)."""
    return {word: standalone_share(codes) for word, codes in entries() if len(word) == 1 and len(codes) >= 3}


ORPHAN_SHARE = 0.2


def anomalous(original, start, deleted, lexicon, standalone):
    """The local anomaly a deletion leaves: 2 when it leaves an empty slot or a doubled space
    in Latin text, or cuts a word so that the piece left is a character that seldom stands
    alone (standalone share at most ORPHAN_SHARE, as 员 of 党员) or no word at all (the
    issue's orphaned morphemes); 1 when it cuts a word but every piece left is itself a word
    that often stands alone (更新 -> 新; not 软件包 -> 包, whose share is 0.105); 0 when it takes
    a whole word from between intact words."""
    end = start + len(deleted)
    left = original[start - 1] if start > 0 else "\n"
    right = original[end] if end < len(original) else "\n"
    if not HAN.match(deleted[0]):
        return 2 if left == " " and right == " " or right in ",.;:)" else 0
    if not HAN.match(left) and not HAN.match(right):
        return 2
    lower, upper = start, end
    while lower > 0 and HAN.match(original[lower - 1]) and start - lower < 12:
        lower -= 1
    while upper < len(original) and HAN.match(original[upper]) and upper - end < 12:
        upper += 1
    level = 0
    for a, b in segment(original[lower:upper], lexicon):
        a, b = a + lower, b + lower
        if a < end and b > start and (a < start or b > end):
            level = 1
            for piece in ([original[a:start]] if a < start else []) + ([original[end:b]] if b > end else []):
                if (len(piece) == 1 and standalone.get(piece, 0) <= ORPHAN_SHARE) or (len(piece) > 1 and piece not in lexicon):
                    return 2
    return level


SHOW = []


def score(findings, gaps, damaged, anomalies_at, placeholder=False, label=""):
    on_gap, detected, restored, fixed = 0, set(), set(), set()
    for finding in findings:
        start, end = finding["start"]["offset"], finding["end"]["offset"]
        hit = False
        for index, (position, deleted, mask) in enumerate(gaps):
            if start <= position <= end or (mask and start <= position + mask and position <= end):
                hit = True
                detected.add(index)
                if finding.get("fix"):
                    fixed.add(index)
                # Exact: the fix turns the text around the gap into the original text.
                edits = (finding.get("fix") or {}).get("edits", [])
                if len(edits) == 1 and edits[0]["start"] <= position <= edits[0]["end"]:
                    edit = edits[0]
                    low, high = max(0, edit["start"] - 12), edit["end"] + 12
                    repaired = damaged[low:edit["start"]] + edit["replacement"] + damaged[edit["end"]:high]
                    expected = damaged[low:position] + deleted + damaged[position + mask:high]
                    if repaired == expected:
                        restored.add(index)
        on_gap += hit
    anomalies = [i for i in range(len(gaps)) if placeholder or anomalies_at[i]]
    orphans = [i for i in range(len(gaps)) if placeholder or anomalies_at[i] == 2]
    if SHOW:
        for index, (position, deleted, mask) in enumerate(gaps):
            context = damaged[max(0, position - 8):position] + "[" + deleted + "]" + damaged[position + mask:position + mask + 8]
            if index in anomalies and index not in detected:
                SHOW.append(f"{label} missed   {context!r}")
            elif index in detected and index not in restored:
                SHOW.append(f"{label} inexact  {context!r}")
    return dict(findings=len(findings), on_gap=on_gap, gaps=len(gaps), detected=len(detected),
                anomalies=len(anomalies), detected_anomalies=len(detected & set(anomalies)), restored=len(restored),
                fixed=len(fixed), restored_anomalies=len(restored & set(anomalies)),
                orphans=len(orphans), detected_orphans=len(detected & set(orphans)))


def add(total, part):
    for key, value in part.items():
        total[key] = total.get(key, 0) + value


def ratio(a, b):
    return a / b if b else float("nan")


def check_pages(textmend, lang):
    """Clean text beyond the corpus: each page of the documentation the corpus samples
    (Scripts/extract_prose.py's sources, its clean paragraphs), checked alone."""
    import extract_prose
    findings, characters, pages, flagged = 0, 0, 0, []
    with tempfile.TemporaryDirectory() as work:
        for source in extract_prose.sources():
            if lang and source["lang"] != lang:
                continue
            paragraphs = collections.defaultdict(list)
            for rel, text in extract_prose.clean_paragraphs(source):
                paragraphs[rel].append(text)
            for rel, texts in paragraphs.items():
                path = os.path.join(work, "page.txt")
                text = "\n\n".join(texts) + "\n"
                open(path, "w", encoding="utf-8").write(text)
                found = len(run_check(textmend, path))
                findings, characters, pages = findings + found, characters + len(text), pages + 1
                if found:
                    flagged.append(f"{found} {source['id']} {rel}")
    print(f"clean pages: {findings} stripped-term findings in {characters} characters of {pages} pages "
          f"({findings * 20000 / max(characters, 1):.3f} per 20,000)")
    for line in flagged:
        print(line)


def check_plain(textmend, directory, show):
    """Clean plain text with its own spacing (READMEs, licences, changelogs, formatted manuals:
    /usr/share/doc), where double spaces and blanks before marks occur naturally, unlike in the
    pages above, whose HTML collapsed them. Every text file under `directory` below 400 KB
    (and every .gz below 200 KB, unpacked) is checked for stripped-term findings; N contexts
    are printed. The text is not known to be undamaged, so read the count as an upper bound
    of false findings, and compare builds on the same machine."""
    import gzip
    findings, characters, files, flagged, shown = 0, 0, 0, 0, []
    rules = collections.Counter()
    with tempfile.TemporaryDirectory() as work:
        for folder, _, names in os.walk(directory):
            for name in sorted(names):
                path = os.path.join(folder, name)
                if os.path.islink(path) or name.endswith((".html", ".htm", ".png", ".svg", ".pdf", ".jpg")):
                    continue
                try:
                    if name.endswith(".gz"):
                        if os.path.getsize(path) >= 200_000:
                            continue
                        data = gzip.open(path).read()
                    elif os.path.getsize(path) < 400_000:
                        data = open(path, "rb").read()
                    else:
                        continue
                except (OSError, EOFError):
                    continue
                if not data or b"\0" in data[:8192]:
                    continue
                files += 1
                open(os.path.join(work, f"{files:05}.txt"), "wb").write(data)
                characters += len(data.decode("utf-8", "replace"))
        result = subprocess.run([textmend, "check", "--select", "stripped-term", "--format", "json", work],
                                capture_output=True, text=True)
        if result.returncode not in (0, 1):
            sys.exit(f"textmend failed: {result.stderr.strip()}")
        for entry in json.loads(result.stdout)["files"]:
            flagged += bool(entry["findings"])
            text = open(entry["path"], "rb").read().decode("utf-8", "replace")  # offsets count code points
            for finding in entry["findings"]:
                findings += 1
                rules[finding["rule"]] += 1
                start, end = finding["start"]["offset"], finding["end"]["offset"]
                shown.append(f"{finding['rule']}: {text[max(0, start - 40):end + 30]!r}")
    print(f"plain text: {findings} stripped-term findings in {characters} characters of {files} files, "
          f"{flagged} of them flagged ({findings * 20000 / max(characters, 1):.3f} per 20,000); " + ", ".join(f"{k} {v}" for k, v in rules.most_common()))
    print("\n".join(shown[:show]))


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--textmend")
    parser.add_argument("--corpus", default=os.path.join(ROOT, "Tests", "Corpus", "clean"))
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    parser.add_argument("--show", type=int, default=0, metavar="N", help="also print N missed or inexact gaps")
    parser.add_argument("--show-variant", default="deleted+terms", metavar="NAME",
                        help="whose misses --show prints: deleted, deleted+terms, masked, masked+terms")
    parser.add_argument("--lang", choices=("zh", "en"), help="only the documents of one language")
    parser.add_argument("--pages", action="store_true",
                        help="only check every page of the Debian documentation the clean documents are sampled "
                             "from, each alone, for stripped-term findings (needs the packages "
                             "Scripts/collect-clean-corpus.sh installs)")
    parser.add_argument("--plain", metavar="DIR",
                        help="only check the plain text files under DIR (e.g. /usr/share/doc) for stripped-term "
                             "findings; --show N prints N of them")
    args = parser.parse_args()
    textmend = args.textmend or next((p for p in (os.path.join(ROOT, ".build", "release", "textmend"),
                                                  os.path.join(ROOT, ".build", "debug", "textmend")) if os.path.exists(p)), None)
    if not textmend:
        sys.exit("build textmend first (swift build -c release)")
    if args.pages:
        check_pages(textmend, args.lang)
        return
    if args.plain:
        check_plain(textmend, args.plain, args.show)
        return
    rng = random.Random(args.seed)
    if args.show:
        SHOW.append("")
    files = sorted(glob.glob(os.path.join(args.corpus, "zh", "*.txt"))) + sorted(glob.glob(os.path.join(args.corpus, "en", "*.txt")))
    lexicon = load_lexicon()
    standalone = load_standalone()
    variants = ("deleted", "deleted+terms", "masked", "masked+terms")
    totals = {key: {} for key in variants}
    totals.update({f"{key} ({lang})": {} for key in variants[:2] for lang in ("zh", "en")})
    clean_findings, clean_chars = 0, 0
    with tempfile.TemporaryDirectory() as work:
        for path in files:
            text = open(path, encoding="utf-8").read()
            zh = "/zh/" in path
            terms = pick_zh_terms(text, rng, lexicon) if zh else pick_en_terms(text, rng)
            if args.lang and args.lang != ("zh" if zh else "en"):
                continue  # terms still drawn, so the other documents get the same filters
            clean_findings += len(run_check(textmend, path))
            clean_chars += len(text)
            terms_file = os.path.join(work, "terms.txt")
            for variant in ("deleted", "masked"):
                if variant == "masked" and not zh:
                    continue
                damaged, gaps, origins = delete_terms(text, terms, None if variant == "deleted" else masker(terms))
                anomalies_at = [anomalous(text, origin, deleted, lexicon, standalone) for (_, deleted, _), origin in zip(gaps, origins)]
                damaged_path = os.path.join(work, os.path.basename(path))
                open(damaged_path, "w", encoding="utf-8").write(damaged)
                with open(terms_file, "w", encoding="utf-8") as out:
                    if variant == "deleted":
                        out.write("\n".join(terms) + "\n")
                    else:
                        # A masking source's terms come as placeholder mappings; with several
                        # terms behind one placeholder the mapping names the first.
                        seen = {}
                        for position, deleted, mask in gaps:
                            seen.setdefault(damaged[position:position + mask], deleted)
                        out.write("\n".join(f"{k} = {v}" for k, v in seen.items()) + "\n")
                placeholder = variant == "masked"
                lang = "zh" if zh else "en"
                for name, terms_path in ((variant, None), (variant + "+terms", terms_file)):
                    result = score(run_check(textmend, damaged_path, terms_path), gaps, damaged, anomalies_at, placeholder, name)
                    add(totals[name], result)
                    if variant == "deleted":
                        add(totals[f"{name} ({lang})"], result)
    report = {}
    for name, t in totals.items():
        if not t:
            continue  # a language left out with --lang
        report[name] = dict(
            gaps=t["gaps"], findings=t["findings"],
            precision=round(ratio(t["on_gap"], t["findings"]), 3),
            recall=round(ratio(t["detected"], t["gaps"]), 3),
            recall_anomalous=round(ratio(t["detected_anomalies"], t["anomalies"]), 3),
            recall_orphans=round(ratio(t["detected_orphans"], t["orphans"]), 3),
            anomalous_gaps=t["anomalies"],
            restoration=round(ratio(t["restored"], t["detected"]), 3),
            restoration_anomalous=round(ratio(t["restored_anomalies"], t["detected_anomalies"]), 3),
            fix_exact=round(ratio(t["restored"], t["fixed"]), 3))
    report["clean"] = dict(characters=clean_chars, findings=clean_findings,
                           per_20000=round(clean_findings * 20000 / max(clean_chars, 1), 3))
    if args.json:
        print(json.dumps(report, indent=2, ensure_ascii=False))
        return
    print(f"# stripped-term benchmark: {len(files)} clean documents, seed {args.seed}, {textmend}")
    print(f"{'variant':<20} {'gaps':>5} {'found':>6} {'precision':>9} {'recall':>7} {'recall*':>8} {'recall°':>8} {'restored':>9} {'restored*':>10} {'fix exact':>10}")
    for name in (name for name in totals if name in report):
        r = report[name]
        print(f"{name:<20} {r['gaps']:>5} {r['findings']:>6} {r['precision']:>9} {r['recall']:>7} {r['recall_anomalous']:>8} {r['recall_orphans']:>8} {r['restoration']:>9} {r['restoration_anomalous']:>10} {r['fix_exact']:>10}")
    if args.show:
        shown = [line for line in SHOW[1:] if line.split(" ", 1)[0] == args.show_variant]
        random.Random(0).shuffle(shown)
        print("\n".join(shown[:args.show]))
    c = report["clean"]
    print(f"clean text: {c['findings']} findings in {c['characters']} characters ({c['per_20000']} per 20,000)")
    print("recall*: gaps that leave a local anomaly (a word cut, an empty slot, a doubled space); "
          "recall°: of those, the gaps whose trace is an orphaned morpheme (a piece that seldom stands alone or is no word), "
          "an empty slot or a doubled space; "
          "masked recall counts every placeholder; restored: exact restorations / detected gaps "
          "(restored*: of the detected anomalous gaps); fix exact: exact restorations / gaps given a fix")


if __name__ == "__main__":
    main()
