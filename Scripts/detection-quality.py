#!/usr/bin/env python3
"""Detection quality of `textmend check` on the hand-made fixtures, per damage category.

What it measures
    Fixtures/MANIFEST.md is the ground truth: for each fixture Fixtures/NN-*.txt it lists every
    damage item (kind, CONTRACT.md category, line/columns, scalar offsets, exact text) and, in its
    notes, the tricky things that must not be flagged. This script runs
    `textmend check --format json Fixtures/` and compares its findings with those items:

    - an item is detected (TP) when a finding of the same category overlaps its scalar-offset
      span (half-open intervals). For whole-line items, any finding of that category on that line
      counts (the line's end of line included). When the item or the finding is an empty span (a
      gap or insertion point), touching it is enough. An item that lists several copies of a
      repeated text (the `duplicate` entries) is one item, detected when any copy is flagged;
      two `duplicate` entries of one fixture whose texts contain one another are merged into one
      item, since they describe the same repetition ("keep one of the two").
    - each ASCII mark of a flattened document (`cN mark` lists) and each invisible character is
      its own item.
    - a finding that matches no item of its category is a false positive (FP). Each FP is also
      classed as *harmful* when a manifest note about things that must not be flagged speaks of it
      (the note names the finding's line, or quotes text around the flagged span), or as
      *redundant* when it lies inside a damage item of another category (for instance a stray
      bracket inside a boilerplate line).
    - recall = detected items / items; precision = findings that match an item / findings.
      A category with no rule in `textmend rules` is reported as "not implemented", not recall 0.

    The manifest itself is checked against the files on disk (offsets against line/columns, the
    quoted text against the text at those offsets); disagreements are printed as warnings.

How to run
    Scripts/detection-quality.py [--verbose] [--json] [--binary PATH | --report FILE] [--build]

    Without --binary, the newest of .build/release/textmend and .build/debug/textmend is used if it
    is newer than every file under Sources/ and Package.swift; otherwise (or with --build)
    `swift build -c release --product textmend` is run first. Exit status: 0 whenever the numbers
    could be computed, 2 when the tool could not be built or run, or its report or the manifest
    could not be read. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import unicodedata
from dataclasses import dataclass, field

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))

# The CONTRACT.md categories, in the contract's order.
CATEGORIES = [
    "stripped-term", "boilerplate", "duplicate", "truncation",
    "mojibake", "invalid-char", "markup", "punctuation",
]


class BenchmarkError(Exception):
    """A failure that prevents measuring anything (exit status 2)."""


# --------------------------------------------------------------------------------------------
# Ground truth
# --------------------------------------------------------------------------------------------

@dataclass
class Location:
    """One place in a fixture named by the manifest (a span of scalars, possibly a whole line)."""
    line: int
    col_start: int                 # 1-based, inclusive
    col_end: int                   # 1-based, inclusive
    start: int | None = None       # 0-based scalar offset, inclusive
    end: int | None = None         # 0-based scalar offset, exclusive
    whole_line: bool = False
    text: str | None = None        # quoted text (may be elided with … when `chars` is set)
    chars: int | None = None       # "(N chars)": the quoted text is elided, N is its real length
    codepoint: int | None = None   # for invisible-character items: the expected character
    context: str | None = None     # for invisible-character items: the quoted context


@dataclass
class Item:
    """One damage item: detected when any of its locations is flagged with its category."""
    fixture: str
    kind: str                      # the brief's damage kind (boilerplate-top, duplicate, ...)
    category: str                  # the CONTRACT.md category
    label: str                     # the damage type, as worded in the manifest
    locations: list[Location] = field(default_factory=list)


@dataclass
class Fixture:
    """One `## NN-*.txt` section of the manifest."""
    name: str
    encoding: str = "UTF-8"
    clean: bool = False
    items: list[Item] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)   # "not damage / must not be flagged"


SECTION_RE = re.compile(r"^## (\d\d-\S+\.txt)\s*$")
META_RE = re.compile(r"^- language: [^;]+; encoding: ([^;]+);")
ENTRY_RE = re.compile(r"^  - \*\*(?P<kind>[^*]+)\*\* `(?P<cat>[a-z-]+)` — (?P<rest>.*)$")
SUB_RE = re.compile(r"^    - (?P<rest>.*)$")
NOTE_RE = re.compile(r"^  - (?P<note>.*)$")
LOC_RE = re.compile(
    r"L(?P<line>\d+) c(?P<c1>\d+)(?:–(?P<c2>\d+))? "
    r"\((?:offsets (?P<o1>\d+)–(?P<o2>\d+)|offset (?P<o>\d+))\)")
WHOLE_RE = re.compile(r"^ whole line `(?P<text>.+?)`(?: \((?P<chars>\d+) chars\))?(?=$|[.;,] )")
QUOTED_RE = re.compile(r"^ `(?P<text>.+?)`(?=$|[.;,] |\.$)")
CHAR_RE = re.compile(r"^: U\+(?P<cp>[0-9A-F]{4,6}) [^;]*; context `(?P<ctx>.*)`$")
MARKS_RE = re.compile(r"^L(?P<line>\d+): (?P<marks>.*)$")
MARK_RE = re.compile(r"c(\d+)`(.)`")
LABEL_END_RE = re.compile(r": L\d|: \d+ marks|\. |:$|\.$")
ESCAPE_RE = re.compile(r"\\u\{([0-9A-Fa-f]{1,6})\}")


def unescape(text: str) -> str:
    """Turn the manifest's `\\u{XXXX}` notation back into the characters it stands for."""
    return ESCAPE_RE.sub(lambda m: chr(int(m.group(1), 16)), text)


def damage_label(rest: str) -> str:
    """The damage type of an entry: its description up to the locator or the first sentence end."""
    m = LABEL_END_RE.search(rest)
    return (rest[:m.start()] if m else rest).strip()


def parse_location(text: str) -> Location | None:
    """Parse `L7 c1–19 (offsets 111–130) whole line `…``, `… `text``, or `…: U+XXXX …; context`."""
    m = LOC_RE.search(text)
    if not m:
        return None
    c1 = int(m["c1"])
    loc = Location(line=int(m["line"]), col_start=c1, col_end=int(m["c2"] or c1))
    if m["o"] is not None:
        loc.start, loc.end = int(m["o"]), int(m["o"]) + 1
    else:
        loc.start, loc.end = int(m["o1"]), int(m["o2"])
    tail = text[m.end():]
    if w := WHOLE_RE.match(tail):
        loc.whole_line, loc.text = True, unescape(w["text"])
        loc.chars = int(w["chars"]) if w["chars"] else None
    elif c := CHAR_RE.match(tail):
        loc.codepoint, loc.context = int(c["cp"], 16), unescape(c["ctx"])
    elif q := QUOTED_RE.match(tail):
        loc.text = unescape(q["text"])
    return loc


def parse_manifest(path: str) -> dict[str, Fixture]:
    """Read MANIFEST.md into fixtures, their damage items and their must-not-be-flagged notes."""
    try:
        with open(path, encoding="utf-8") as handle:
            lines = handle.read().splitlines()
    except OSError as error:
        raise BenchmarkError(f"{path}: cannot read the manifest ({error.strerror})") from error
    fixtures: dict[str, Fixture] = {}
    fixture: Fixture | None = None
    mode = None          # "damage" or "notes" inside a fixture section
    entry: tuple[str, str, str] | None = None   # kind, category, label of the open entry
    group: Item | None = None                   # the open entry's item when its copies are grouped
    for number, line in enumerate(lines, 1):
        if m := SECTION_RE.match(line):
            fixture = fixtures.setdefault(m[1], Fixture(name=m[1]))
            mode, entry, group = None, None, None
            continue
        if fixture is None:
            continue
        if line.startswith("## "):
            fixture, mode = None, None
            continue
        if m := META_RE.match(line):
            fixture.encoding = m[1].strip()
        elif line.startswith("- kinds: none"):
            fixture.clean = True
        elif line.startswith("- damage:"):
            mode = "damage"
        elif line.startswith("- notes") or line.startswith("- must not be flagged"):
            mode, entry = "notes", None
        elif line.startswith("- "):
            mode, entry = None, None
        elif mode == "notes" and (m := NOTE_RE.match(line)):
            fixture.notes.append(unescape(m["note"]))
        elif mode == "damage" and (m := ENTRY_RE.match(line)):
            kind, category, rest = m["kind"], m["cat"], m["rest"]
            entry, group = (kind, category, damage_label(rest)), None
            loc = parse_location(rest)
            if loc:
                fixture.items.append(Item(fixture.name, kind, category, entry[2], [loc]))
            elif category == "duplicate":
                # Copies of one repeated text follow as sub-items: one item, any copy counts.
                group = Item(fixture.name, kind, category, entry[2])
                fixture.items.append(group)
        elif mode == "damage" and entry and (m := SUB_RE.match(line)):
            kind, category, label = entry
            rest = m["rest"]
            if marks := MARKS_RE.match(rest):
                for column, mark in MARK_RE.findall(marks["marks"]):
                    loc = Location(line=int(marks["line"]), col_start=int(column),
                                   col_end=int(column), text=mark)
                    fixture.items.append(Item(fixture.name, kind, category, label, [loc]))
            elif loc := parse_location(rest):
                if group is not None:
                    group.locations.append(loc)
                else:
                    fixture.items.append(Item(fixture.name, kind, category, label, [loc]))
            else:
                raise BenchmarkError(f"{path}:{number}: cannot read this damage location: {rest}")
        elif mode == "damage" and line.strip():
            raise BenchmarkError(f"{path}:{number}: unexpected line in a damage list: {line}")
    if not fixtures:
        raise BenchmarkError(f"{path}: no `## NN-*.txt` fixture sections found")
    for fixture in fixtures.values():
        merge_duplicate_entries(fixture)
    return fixtures


def normalized(text: str) -> str:
    """Compatibility-normalized text, so that half- and full-width copies compare equal."""
    return unicodedata.normalize("NFKC", text).strip()


def merge_duplicate_entries(fixture: Fixture) -> None:
    """Merge `duplicate` entries of one fixture whose texts contain one another (one repetition)."""
    merged: list[Item] = []
    for item in fixture.items:
        if item.category == "duplicate":
            texts = [normalized(loc.text) for loc in item.locations if loc.text]
            for other in merged:
                if other.category != "duplicate":
                    continue
                others = [normalized(loc.text) for loc in other.locations if loc.text]
                if any(a and b and (a in b or b in a) for a in texts for b in others):
                    other.locations.extend(item.locations)
                    break
            else:
                merged.append(item)
        else:
            merged.append(item)
    fixture.items = merged


# --------------------------------------------------------------------------------------------
# Fixture text: offsets, lines, columns
# --------------------------------------------------------------------------------------------

class FixtureText:
    """The decoded text of a fixture with its line starts, in Unicode scalars like the report."""

    def __init__(self, path: str, encoding: str):
        with open(path, "rb") as handle:
            data = handle.read()
        codec = "utf-8-sig" if encoding.upper().startswith("UTF-8") else encoding.split(",")[0]
        try:
            self.text = data.decode(codec)
        except (LookupError, UnicodeDecodeError):
            self.text = data.decode("utf-8-sig", errors="replace")
        self.line_starts = [0]
        for index, char in enumerate(self.text):
            if char == "\n":
                self.line_starts.append(index + 1)

    def line_span(self, line: int) -> tuple[int, int]:
        """Offsets of a 1-based line: start, and end including its line terminator."""
        if line < 1 or line > len(self.line_starts):
            return (len(self.text), len(self.text))
        start = self.line_starts[line - 1]
        end = self.line_starts[line] if line < len(self.line_starts) else len(self.text)
        return (start, end)

    def line_text(self, line: int) -> str:
        """A line's content without its terminator (\\n or \\r\\n)."""
        start, end = self.line_span(line)
        return self.text[start:end].rstrip("\r\n")

    def offset(self, line: int, column: int) -> int:
        """The scalar offset of a 1-based line and column."""
        return self.line_span(line)[0] + column - 1

    def line_of(self, offset: int) -> int:
        """The 1-based line holding a scalar offset."""
        low, high = 0, len(self.line_starts) - 1
        while low < high:
            middle = (low + high + 1) // 2
            if self.line_starts[middle] <= offset:
                low = middle
            else:
                high = middle - 1
        return low + 1


def resolve_and_check(fixture: Fixture, text: FixtureText) -> list[str]:
    """Fill in offsets given only as line/column, and check every location against the file.

    Returns one warning per disagreement between the manifest and the fixture on disk."""
    warnings = []
    for item in fixture.items:
        for loc in item.locations:
            where = f"{fixture.name} L{loc.line} c{loc.col_start}"
            by_column = text.offset(loc.line, loc.col_start)
            if loc.start is None:
                loc.start, loc.end = by_column, by_column + loc.col_end - loc.col_start + 1
            elif loc.start != by_column:
                warnings.append(f"{where}: offset {loc.start} but line/column give {by_column}")
            if loc.end - loc.start != loc.col_end - loc.col_start + 1:
                warnings.append(f"{where}: offsets {loc.start}–{loc.end} and columns "
                                f"c{loc.col_start}–{loc.col_end} differ in length")
            actual = text.text[loc.start:loc.end]
            if loc.whole_line and actual != text.line_text(loc.line):
                warnings.append(f"{where}: 'whole line' span is not the whole line")
            if loc.text is not None:
                if loc.chars is not None and "…" in loc.text:
                    head, _, tail = loc.text.partition("…")
                    ok = (len(actual) == loc.chars and actual.startswith(head)
                          and actual.endswith(tail))
                else:
                    ok = actual == loc.text
                if not ok:
                    warnings.append(f"{where}: manifest text {show(loc.text)!r} "
                                    f"but the file has {show(actual)!r}")
            if loc.codepoint is not None:
                if actual != chr(loc.codepoint):
                    warnings.append(f"{where}: expected U+{loc.codepoint:04X} "
                                    f"but the file has {show(actual)!r}")
                if loc.context and loc.context not in re.sub(r"\s", " ", text.text):
                    warnings.append(f"{where}: context {show(loc.context)!r} not found in the file")
    return warnings


def show(text: str, limit: int = 70) -> str:
    """Text for a report line: invisible characters as \\u{XXXX}, newlines as ⏎, long text cut."""
    out = []
    for index, char in enumerate(text):
        if index == 0 and unicodedata.category(char) in ("Mn", "Me"):
            out.append(f"\\u{{{ord(char):04X}}}")   # a combining mark with nothing to sit on
        elif char == "\n":
            out.append("⏎")
        elif char == "\r":
            continue
        elif unicodedata.category(char) in ("Cc", "Cf", "Co", "Cs", "Zl", "Zp"):
            out.append(f"\\u{{{ord(char):04X}}}")
        else:
            out.append(char)
    result = "".join(out)
    return result if len(result) <= limit else result[:limit - 1] + "…"


# --------------------------------------------------------------------------------------------
# Running the tool
# --------------------------------------------------------------------------------------------

def newest_source_time() -> float:
    """Modification time of the newest file that goes into the textmend binary."""
    newest = os.path.getmtime(os.path.join(REPO, "Package.swift"))
    for folder, _, files in os.walk(os.path.join(REPO, "Sources")):
        for name in files:
            newest = max(newest, os.path.getmtime(os.path.join(folder, name)))
    return newest


def existing_binary() -> str | None:
    """Any textmend binary already built, up to date or not (None when there is none)."""
    for kind in ("release", "debug"):
        path = os.path.join(REPO, ".build", kind, "textmend")
        if os.access(path, os.X_OK):
            return path
    return None


def find_binary(force_build: bool) -> str:
    """The textmend binary to measure: an up-to-date existing build, or a fresh release build."""
    release = os.path.join(REPO, ".build", "release", "textmend")
    debug = os.path.join(REPO, ".build", "debug", "textmend")
    if not force_build:
        sources = newest_source_time()
        fresh = [path for path in (release, debug)
                 if os.access(path, os.X_OK) and os.path.getmtime(path) >= sources]
        if fresh:
            return max(fresh, key=os.path.getmtime)
    print("building: swift build -c release --product textmend", file=sys.stderr)
    result = subprocess.run(["swift", "build", "-c", "release", "--product", "textmend"],
                            cwd=REPO, stdout=sys.stderr, stderr=sys.stderr)
    if result.returncode != 0 or not os.access(release, os.X_OK):
        raise BenchmarkError(f"swift build failed (exit {result.returncode})")
    return release


def run_check(binary: str, fixtures_dir: str) -> dict:
    """Run `textmend check --format json` on the fixtures folder; exit 1 (findings) is normal."""
    command = [binary, "check", "--format", "json", os.path.relpath(fixtures_dir, REPO)]
    try:
        result = subprocess.run(command, cwd=REPO, capture_output=True, text=True)
    except OSError as error:
        raise BenchmarkError(f"{binary}: cannot run ({error.strerror})") from error
    if result.returncode not in (0, 1):
        message = result.stderr.strip().splitlines()[:5]
        raise BenchmarkError(f"`{' '.join(command)}` exited {result.returncode}: "
                             + " / ".join(message))
    try:
        return json.loads(result.stdout)
    except json.JSONDecodeError as error:
        raise BenchmarkError(f"`{' '.join(command)}` did not print a JSON report: {error}") from error


def implemented_categories(binary: str | None) -> set[str] | None:
    """The categories that have at least one rule, from `textmend rules` (None if unknown)."""
    if binary is None:
        return None
    try:
        result = subprocess.run([binary, "rules"], cwd=REPO, capture_output=True, text=True)
    except OSError:
        return None
    if result.returncode != 0:
        return None
    found = set()
    for line in result.stdout.splitlines():
        words = line.split()
        if len(words) >= 2 and words[1] in CATEGORIES:
            found.add(words[1])
    return found or None


# --------------------------------------------------------------------------------------------
# Matching
# --------------------------------------------------------------------------------------------

@dataclass
class Finding:
    """One finding of the report, on a fixture of the manifest."""
    fixture: str
    rule: str
    category: str
    start: int
    end: int
    line: int
    column: int
    matched: bool = False
    fp_class: str = ""             # "harmful", "redundant" or "" for a plain false positive
    reason: str = ""               # why it is harmful / redundant


def spans_meet(a_start: int, a_end: int, b_start: int, b_end: int) -> bool:
    """Half-open spans overlap; an empty span (a gap) only needs to touch the other one."""
    if a_start == a_end or b_start == b_end:
        return a_start <= b_end and b_start <= a_end
    return a_start < b_end and b_start < a_end


def location_region(loc: Location, text: FixtureText) -> tuple[int, int]:
    """The span a finding must meet: the item's span, or its whole line for whole-line items."""
    return text.line_span(loc.line) if loc.whole_line else (loc.start, loc.end)


def finding_meets_item(finding: Finding, item: Item, text: FixtureText) -> bool:
    """Whether a finding falls on any location of an item (regardless of category)."""
    return any(spans_meet(finding.start, finding.end, *location_region(loc, text))
               for loc in item.locations)


LINE_MENTION_RE = re.compile(r"\blines? (\d+(?:(?:, | and | or | to |–)\d+)*)")


def note_lines(note: str) -> set[int]:
    """Line numbers a note speaks of ("line 3", "lines 41 and 43", "lines 2–4")."""
    found: set[int] = set()
    for m in LINE_MENTION_RE.finditer(note):
        numbers = [int(n) for n in re.findall(r"\d+", m[1])]
        if re.search(r" to |–", m[1]) and len(numbers) == 2:
            found.update(range(numbers[0], numbers[1] + 1))
        else:
            found.update(numbers)
    return found


def lines_explained(note: str, items: list[Item]) -> set[int]:
    """Lines a note names only to explain a damage item there ("the U+FFFD on line 7 stands for 查").

    Such a mention says nothing about what must not be flagged on that line."""
    explained = set()
    codepoints = {int(cp, 16) for cp in re.findall(r"U\+([0-9A-F]{4,6})", note)}
    for item in items:
        for loc in item.locations:
            if loc.codepoint in codepoints or (loc.text and len(loc.text) >= 2 and loc.text in note):
                explained.add(loc.line)
    return explained


def note_about(finding: Finding, fixture: Fixture, text: FixtureText) -> str | None:
    """The must-not-be-flagged note that speaks of this finding, if any.

    A note speaks of a finding when it names the finding's line (other than to explain a damage
    item there), or quotes the flagged text with some of its surroundings (at least 4 scalars around
    a short span; 5 CJK or 8 other scalars of a long one)."""
    flagged = text.text[finding.start:finding.end]
    line_start, _ = text.line_span(finding.line)
    line = text.line_text(finding.line)
    s = max(0, finding.start - line_start)
    e = min(len(line), max(s, finding.end - line_start))
    for note in fixture.notes:
        if finding.line in note_lines(note) - lines_explained(note, fixture.items):
            return note
        if len(flagged.strip()) <= 12:
            # Windows of the line that contain the whole span plus some context.
            for width in range(max(4, e - s + 2), min(len(line), e - s + 24) + 1):
                for a in range(max(0, e - width), min(s, len(line) - width) + 1):
                    window = line[a:a + width]
                    if window.strip() == window and window in note:
                        return note
        else:
            size = 5 if re.search(r"[\u3000-\u9fff\uff00-\uffef]", flagged) else 8
            for a in range(0, len(flagged) - size + 1):
                piece = flagged[a:a + size]
                if piece.strip() == piece and piece in note:
                    return note
    return None


@dataclass
class Result:
    """All the outcomes of one run: items with their status, findings with theirs."""
    items: list[tuple[Item, bool]]          # item, detected
    findings: list[Finding]
    texts: dict[str, FixtureText]
    fixtures: dict[str, Fixture]
    implemented: set[str] | None
    warnings: list[str]
    tool: dict


def evaluate(fixtures: dict[str, Fixture], report: dict, fixtures_dir: str,
             implemented: set[str] | None, tool: dict) -> Result:
    """Match the report's findings against the manifest's items."""
    warnings: list[str] = []
    texts: dict[str, FixtureText] = {}
    for name, fixture in fixtures.items():
        path = os.path.join(fixtures_dir, name)
        if not os.path.isfile(path):
            warnings.append(f"{name}: listed in the manifest but missing from {fixtures_dir}")
            continue
        texts[name] = FixtureText(path, fixture.encoding)
        warnings.extend(resolve_and_check(fixture, texts[name]))
    on_disk = {n for n in os.listdir(fixtures_dir) if re.match(r"\d\d-.*\.txt$", n)}
    for name in sorted(on_disk - set(fixtures)):
        warnings.append(f"{name}: fixture on disk but not in the manifest (not measured)")

    findings: list[Finding] = []
    removals: dict[str, list[tuple[int, int]]] = {}   # safe deletions of whole boilerplate/duplicate lines
    reported: set[str] = set()
    for entry in report.get("files", []):
        path = os.path.normpath(os.path.join(REPO, entry.get("path", "")))
        name = os.path.basename(path)
        if os.path.dirname(path) != os.path.normpath(fixtures_dir) or name not in texts:
            continue   # MANIFEST.md, expected/ and other files are not fixtures
        reported.add(name)
        for f in entry.get("findings", []):
            findings.append(Finding(name, f["rule"], f["category"], f["start"]["offset"],
                                    f["end"]["offset"], f["start"]["line"], f["start"]["column"]))
            fix = f.get("fix") or {}
            if f["category"] in ("boilerplate", "duplicate") and fix.get("applicability") == "safe":
                removals.setdefault(name, []).extend(
                    (e["start"], e["end"]) for e in fix.get("edits", []) if e["replacement"] == "")
    for name in sorted(set(texts) - reported):
        warnings.append(f"{name}: not in the tool's report (every item counts as missed)")

    items: list[tuple[Item, bool]] = []
    for name, fixture in fixtures.items():
        text = texts.get(name)
        mine = [f for f in findings if f.fixture == name]
        for item in fixture.items:
            detected = False
            if text is not None:
                for finding in mine:
                    if finding.category == item.category and finding_meets_item(finding, item, text):
                        finding.matched = detected = True
                # Damage on a line that a safe fix deletes whole (a half-width mark inside a
                # removed promo line) is repaired by that removal; the linter reports the removal only.
                if not detected:
                    regions = [location_region(loc, text) for loc in item.locations]
                    detected = all(any(a <= start and end <= b for a, b in removals.get(name, []))
                                   for start, end in regions)
            items.append((item, detected))
    for finding in findings:
        if finding.matched:
            continue
        fixture, text = fixtures[finding.fixture], texts[finding.fixture]
        note = note_about(finding, fixture, text)
        if note:
            finding.fp_class, finding.reason = "harmful", note
            continue
        for item in fixture.items:
            if finding_meets_item(finding, item, text):
                loc = item.locations[0]
                finding.fp_class = "redundant"
                finding.reason = f"inside {item.category} item L{loc.line} ({item.label})"
                break
    return Result(items, findings, texts, fixtures, implemented, warnings, tool)


# --------------------------------------------------------------------------------------------
# Numbers and output
# --------------------------------------------------------------------------------------------

def ratio(numerator: int, denominator: int) -> float | None:
    """numerator / denominator, or None when there is nothing to divide."""
    return numerator / denominator if denominator else None


def category_rows(result: Result) -> list[dict]:
    """One row of numbers per CONTRACT.md category, then a total over implemented categories."""
    rows = []
    total = dict(category="total", items=0, tp=0, fn=0, findings=0, matched=0, fp=0, harmful=0,
                 redundant=0)
    for category in CATEGORIES:
        row = dict(category=category)
        row["items"] = sum(1 for item, _ in result.items if item.category == category)
        row["tp"] = sum(1 for item, hit in result.items if item.category == category and hit)
        row["fn"] = row["items"] - row["tp"]
        mine = [f for f in result.findings if f.category == category]
        row["findings"] = len(mine)
        row["matched"] = sum(1 for f in mine if f.matched)
        row["fp"] = row["findings"] - row["matched"]
        row["harmful"] = sum(1 for f in mine if f.fp_class == "harmful")
        row["redundant"] = sum(1 for f in mine if f.fp_class == "redundant")
        row["implemented"] = (result.implemented is None or category in result.implemented
                              or row["findings"] > 0)
        row["precision"] = ratio(row["matched"], row["findings"])
        row["recall"] = ratio(row["tp"], row["items"]) if row["implemented"] else None
        rows.append(row)
        if row["implemented"]:
            for key in ("items", "tp", "fn", "findings", "matched", "fp", "harmful", "redundant"):
                total[key] += row[key]
    total["implemented"] = True
    total["precision"] = ratio(total["matched"], total["findings"])
    total["recall"] = ratio(total["tp"], total["items"])
    rows.append(total)
    return rows


def damage_rows(result: Result) -> list[dict]:
    """Recall per damage type (the manifest's wording), in order of first appearance."""
    rows: dict[tuple[str, str], dict] = {}
    for item, hit in result.items:
        row = rows.setdefault((item.category, item.label),
                              dict(category=item.category, damage=item.label, items=0, tp=0))
        row["items"] += 1
        row["tp"] += hit
    out = sorted(rows.values(), key=lambda r: (CATEGORIES.index(r["category"])
                                                if r["category"] in CATEGORIES else 99))
    for row in out:
        row["fn"] = row["items"] - row["tp"]
        row["recall"] = ratio(row["tp"], row["items"])
    return out


def clean_rows(result: Result) -> list[dict]:
    """Findings per clean fixture (every one is a false positive)."""
    rows = []
    for name, fixture in result.fixtures.items():
        if fixture.clean:
            mine = [f for f in result.findings if f.fixture == name]
            rows.append(dict(fixture=name, fp=len(mine),
                             harmful=sum(1 for f in mine if f.fp_class == "harmful"),
                             rules=sorted({f.rule for f in mine})))
    return rows


def missed_list(result: Result) -> list[dict]:
    """The false negatives, with whatever other findings fell on them."""
    out = []
    for item, hit in result.items:
        if hit:
            continue
        loc = item.locations[0]
        text = result.texts.get(item.fixture)
        flagged = text.text[loc.start:loc.end] if text else (loc.text or "")
        seen = []
        if text:
            seen = sorted({f.rule for f in result.findings
                           if f.fixture == item.fixture and finding_meets_item(f, item, text)})
        out.append(dict(fixture=item.fixture, category=item.category, damage=item.label,
                        line=loc.line, column=loc.col_start, start=loc.start, end=loc.end,
                        text=show(flagged), copies=len(item.locations), seen_as=seen))
    return out


def false_positive_list(result: Result) -> list[dict]:
    """The false positives, with their class (harmful, redundant) and the reason."""
    out = []
    for f in result.findings:
        if f.matched:
            continue
        text = result.texts[f.fixture]
        flagged = text.text[f.start:f.end]
        if not flagged.strip():
            flagged = text.text[max(0, f.start - 6):f.end + 6]
        out.append(dict(fixture=f.fixture, rule=f.rule, category=f.category, line=f.line,
                        column=f.column, start=f.start, end=f.end, text=show(flagged),
                        kind=f.fp_class or "plain", reason=f.reason))
    return out


def percent(value: float | None) -> str:
    """A ratio as a percentage, or — when undefined."""
    return "—" if value is None else f"{100 * value:.1f}%"


def display_width(text: str) -> int:
    """Columns a string takes in a terminal: wide (CJK) characters count two."""
    return sum(2 if unicodedata.east_asian_width(c) in ("W", "F") else 1 for c in text)


def markdown_table(header: list[str], rows: list[list[str]], right: set[int]) -> str:
    """A Markdown table with padded columns (right-aligned where asked)."""
    widths = [max(display_width(str(cell)) for cell in column) for column in zip(header, *rows)]

    def pad(cell, width, to_right):
        fill = " " * (width - display_width(str(cell)))
        return fill + str(cell) if to_right else str(cell) + fill

    def line(cells):
        padded = [pad(c, w, i in right) for i, (c, w) in enumerate(zip(cells, widths))]
        return "| " + " | ".join(padded) + " |"

    rule = "|" + "|".join(("-" * (w + 1) + ":") if i in right else ("-" * (w + 2))
                          for i, w in enumerate(widths)) + "|"
    return "\n".join([line(header), rule] + [line(r) for r in rows])


def render_markdown(result: Result, verbose: bool) -> str:
    """The human report: tables per category, per damage type, clean fixtures, then lists."""
    out = ["# Detection quality", ""]
    tool = result.tool
    out.append(f"textmend {tool.get('version', '?')} ({tool.get('source', '?')}) on "
               f"{len(result.fixtures)} fixtures, {len(result.items)} damage items, "
               f"{len(result.findings)} findings.")
    out.append("")
    rows = []
    for r in category_rows(result):
        name = f"**{r['category']}**" if r["category"] == "total" else r["category"]
        if not r["implemented"]:
            rows.append([name, r["items"], "", "", "", "", "", "not implemented", "not implemented"])
            continue
        rows.append([name, r["items"], r["tp"], r["fp"], r["harmful"], r["fn"], r["findings"],
                     percent(r["precision"]), percent(r["recall"])])
    out.append(markdown_table(["category", "items", "TP", "FP", "harmful FP", "FN", "findings",
                               "precision", "recall"], rows, right=set(range(1, 9))))
    out.append("")
    redundant = sum(1 for f in result.findings if f.fp_class == "redundant")
    out.append("TP/FN count items; FP counts findings that match no item of their category "
               "(harmful: a manifest note says it must not be flagged). Precision = findings "
               "that match an item / findings; recall = TP / items. "
               f"{redundant} of the FPs lie inside a damage item of another category "
               "(listed with --verbose).")
    out.append("")
    out.append("## By damage type")
    out.append("")
    out.append(markdown_table(
        ["category", "damage", "items", "TP", "FN", "recall"],
        [[r["category"], r["damage"], r["items"], r["tp"], r["fn"], percent(r["recall"])]
         for r in damage_rows(result)], right={2, 3, 4, 5}))
    out.append("")
    out.append("## Clean fixtures (every finding is a false positive; should be 0)")
    out.append("")
    out.append(markdown_table(
        ["fixture", "FP", "harmful FP", "rules"],
        [[r["fixture"], r["fp"], r["harmful"], ", ".join(r["rules"]) or "—"]
         for r in clean_rows(result)], right={1, 2}))
    harmful = [f for f in false_positive_list(result) if f["kind"] == "harmful"]
    if harmful and not verbose:
        out.append("")
        out.append("## Harmful false positives")
        out.append("")
        out.extend(f"- {f['fixture']} L{f['line']} c{f['column']} `{f['rule']}` `{f['text']}` — "
                   f"note: {f['reason']}" for f in harmful)
    if verbose:
        out.append("")
        out.append("## False negatives (missed items)")
        out.append("")
        for m in missed_list(result):
            extra = f" (one of {m['copies']} copies)" if m["copies"] > 1 else ""
            seen = f" — flagged only as {', '.join(m['seen_as'])}" if m["seen_as"] else ""
            out.append(f"- {m['fixture']} L{m['line']} c{m['column']} [{m['category']}: "
                       f"{m['damage']}]{extra} `{m['text']}`{seen}")
        out.append("")
        out.append("## False positives")
        out.append("")
        for f in false_positive_list(result):
            tag = {"harmful": "HARMFUL ", "redundant": "redundant "}.get(f["kind"], "")
            why = f" — {'note: ' if f['kind'] == 'harmful' else ''}{f['reason']}" if f["reason"] else ""
            out.append(f"- {tag}{f['fixture']} L{f['line']} c{f['column']} `{f['rule']}` "
                       f"`{f['text']}`{why}")
    if result.warnings:
        out.append("")
        out.append("## Manifest and report checks")
        out.append("")
        out.extend(f"- {w}" for w in result.warnings)
    return "\n".join(out) + "\n"


def render_json(result: Result) -> str:
    """The same numbers and lists, machine-readable."""
    categories = {}
    for r in category_rows(result):
        name = r.pop("category")
        categories[name] = r
    total = categories.pop("total")
    return json.dumps(dict(
        tool=result.tool,
        fixtures=len(result.fixtures),
        categories=categories,
        total=total,
        damage_types=damage_rows(result),
        clean_fixtures=clean_rows(result),
        false_negatives=missed_list(result),
        false_positives=false_positive_list(result),
        manifest_warnings=result.warnings,
    ), ensure_ascii=False, indent=2) + "\n"


def main() -> int:
    """Parse the options, run the tool, compare, print."""
    parser = argparse.ArgumentParser(
        description="Detection quality of `textmend check` against Fixtures/MANIFEST.md.")
    parser.add_argument("-v", "--verbose", action="store_true",
                        help="also list every false negative and false positive")
    parser.add_argument("--json", action="store_true", help="print the results as JSON")
    parser.add_argument("--binary", help="textmend binary to measure (default: an up-to-date "
                        ".build/{release,debug}/textmend, else a fresh release build)")
    parser.add_argument("--build", action="store_true",
                        help="run `swift build -c release --product textmend` first")
    parser.add_argument("--report", help="use this saved `check --format json` report "
                        "(paths relative to the repository) instead of running the tool")
    parser.add_argument("--fixtures", default=os.path.join(REPO, "Fixtures"),
                        help="fixtures folder (default: Fixtures/)")
    parser.add_argument("--manifest", help="ground truth (default: FIXTURES/MANIFEST.md)")
    args = parser.parse_args()
    fixtures_dir = os.path.abspath(args.fixtures)
    try:
        fixtures = parse_manifest(args.manifest or os.path.join(fixtures_dir, "MANIFEST.md"))
        binary = None
        if args.report:
            try:
                with open(args.report, encoding="utf-8") as handle:
                    report = json.load(handle)
            except (OSError, json.JSONDecodeError) as error:
                raise BenchmarkError(f"{args.report}: cannot read the report ({error})") from error
            source = args.report
            binary = args.binary or existing_binary()   # only to ask `textmend rules`
        else:
            binary = os.path.abspath(args.binary) if args.binary else find_binary(args.build)
            report = run_check(binary, fixtures_dir)
            source = os.path.relpath(binary, REPO)
        tool = dict(version=report.get("version"), source=source)
        result = evaluate(fixtures, report, fixtures_dir, implemented_categories(binary), tool)
    except BenchmarkError as error:
        print(f"detection-quality: {error}", file=sys.stderr)
        return 2
    sys.stdout.write(render_json(result) if args.json else render_markdown(result, args.verbose))
    return 0


if __name__ == "__main__":
    sys.exit(main())
