#!/usr/bin/env python3
"""Build textmend's English word model (unigram and bigram counts) from software documentation.

    Scripts/build-english-model.py [WORK_DIR]

Fetches three Debian documentation packages with `apt-get download` into WORK_DIR (default: a
new temporary folder; .deb files already there are reused) and unpacks them with `dpkg-deb -x`
(no installation, no root needed):
  python3.11-doc      reStructuredText sources of the Python 3.11 documentation, 497 files,
                      1.18 million tokens; PSF License Agreement
  postgresql-doc-15   HTML manual of PostgreSQL 15, 1169 files, 1.05 million tokens;
                      PostgreSQL Licence (BSD-like)
  sqlite3-doc         HTML documentation of SQLite 3, 766 files, 1.20 million tokens; public
                      domain
The licence texts are copied into the generated file's header. The Debian documentation that
Scripts/stripped-benchmark.py damages (Tests/Corpus/clean: debian-handbook, debian-reference,
maint-guide, debian-faq, developers-reference) is not used: the model is trained on disjoint
text, so the benchmark does not test it on its own training data.

Only prose is counted. reST: directive lines, literal blocks (after `::`), doctest lines and
tables are skipped; inline code (``x``, :func:`x`) breaks the word sequence; :term:, :keyword:
and link texts count as words. HTML: the text of the page, with pre, code, tt, kbd, var and
samp elements breaking the sequence and block elements ending a paragraph. Tokens are lower-case words (letters and inner apostrophes) and
the marks , . ; : ( ) ? !; anything else (numbers, symbols) breaks the sequence.

Writes Sources/TextMend/Lexicon/EnglishNgrams.swift, a Swift raw string literal: a line
`word<code>` for each word seen at least UNIGRAM_MIN times, then for each word a line
`first second<code> second<code> ...` with the words that follow it at least BIGRAM_MIN
times, where code = chr(0x21 + round(4 * ln(count))) (a count
class, as in Scripts/build-lexicon.py). The first line is the total token count. Python 3
standard library only.
"""

import collections
import glob
import html.parser
import math
import os
import re
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "Sources", "TextMend", "Lexicon", "EnglishNgrams.swift")
# Debian packages of documentation: package, folder of the text inside it, format, licence.
SOURCES = [
    ("python3.11-doc", "usr/share/doc/python3.11/html/_sources", "rst", "PSF License Agreement"),
    ("postgresql-doc-15", "usr/share/doc/postgresql-doc-15/html", "html", "PostgreSQL Licence"),
    ("sqlite3-doc", "usr/share/doc/sqlite3", "html", "public domain"),
]
UNIGRAM_MIN = 2
BIGRAM_MIN = 1

PSF = """Python 3.11 documentation: PYTHON SOFTWARE FOUNDATION LICENSE VERSION 2
--------------------------------------------

1. This LICENSE AGREEMENT is between the Python Software Foundation
("PSF"), and the Individual or Organization ("Licensee") accessing and
otherwise using this software ("Python") in source or binary form and
its associated documentation.

2. Subject to the terms and conditions of this License Agreement, PSF hereby
grants Licensee a nonexclusive, royalty-free, world-wide license to reproduce,
analyze, test, perform and/or display publicly, prepare derivative works,
distribute, and otherwise use Python alone or in any derivative version,
provided, however, that PSF's License Agreement and PSF's notice of copyright,
i.e., "Copyright (c) 2001, 2002, 2003, 2004, 2005, 2006, 2007, 2008, 2009, 2010,
2011, 2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023 Python Software Foundation;
All Rights Reserved" are retained in Python alone or in any derivative version
prepared by Licensee.

3. In the event Licensee prepares a derivative work that is based on
or incorporates Python or any part thereof, and wants to make
the derivative work available to others as provided herein, then
Licensee hereby agrees to include in any such work a brief summary of
the changes made to Python.

4. PSF is making Python available to Licensee on an "AS IS"
basis.  PSF MAKES NO REPRESENTATIONS OR WARRANTIES, EXPRESS OR
IMPLIED.  BY WAY OF EXAMPLE, BUT NOT LIMITATION, PSF MAKES NO AND
DISCLAIMS ANY REPRESENTATION OR WARRANTY OF MERCHANTABILITY OR FITNESS
FOR ANY PARTICULAR PURPOSE OR THAT THE USE OF PYTHON WILL NOT
INFRINGE ANY THIRD PARTY RIGHTS.

5. PSF SHALL NOT BE LIABLE TO LICENSEE OR ANY OTHER USERS OF PYTHON
FOR ANY INCIDENTAL, SPECIAL OR CONSEQUENTIAL DAMAGES OR LOSS AS
A RESULT OF MODIFYING, DISTRIBUTING, OR OTHERWISE USING PYTHON,
OR ANY DERIVATIVE THEREOF, EVEN IF ADVISED OF THE POSSIBILITY THEREOF.

6. This License Agreement will automatically terminate upon a material
breach of its terms and conditions.

7. Nothing in this License Agreement shall be deemed to create any
relationship of agency, partnership, or joint venture between PSF and
Licensee.  This License Agreement does not grant permission to use PSF
trademarks or trade name in a trademark sense to endorse or promote
products or services of Licensee, or any third party.

8. By copying, installing or otherwise using Python, Licensee
agrees to be bound by the terms and conditions of this License
Agreement."""

POSTGRESQL = """PostgreSQL 15 documentation: PostgreSQL Database Management System
(formerly known as Postgres, then as Postgres95)

Portions Copyright (c) 1996-2022, PostgreSQL Global Development Group

Portions Copyright (c) 1994, The Regents of the University of California

Permission to use, copy, modify, and distribute this software and its
documentation for any purpose, without fee, and without a written agreement
is hereby granted, provided that the above copyright notice and this
paragraph and the following two paragraphs appear in all copies.

IN NO EVENT SHALL THE UNIVERSITY OF CALIFORNIA BE LIABLE TO ANY PARTY FOR
DIRECT, INDIRECT, SPECIAL, INCIDENTAL, OR CONSEQUENTIAL DAMAGES, INCLUDING
LOST PROFITS, ARISING OUT OF THE USE OF THIS SOFTWARE AND ITS
DOCUMENTATION, EVEN IF THE UNIVERSITY OF CALIFORNIA HAS BEEN ADVISED OF THE
POSSIBILITY OF SUCH DAMAGE.

THE UNIVERSITY OF CALIFORNIA SPECIFICALLY DISCLAIMS ANY WARRANTIES,
INCLUDING, BUT NOT LIMITED TO, THE IMPLIED WARRANTIES OF MERCHANTABILITY
AND FITNESS FOR A PARTICULAR PURPOSE.  THE SOFTWARE PROVIDED HEREUNDER IS
ON AN "AS IS" BASIS, AND THE UNIVERSITY OF CALIFORNIA HAS NO OBLIGATIONS TO
PROVIDE MAINTENANCE, SUPPORT, UPDATES, ENHANCEMENTS, OR MODIFICATIONS."""

SQLITE = """SQLite 3 documentation: public domain (D. Richard Hipp; "The author disclaims copyright
to this source code")."""

NOTICES = [PSF, POSTGRESQL, SQLITE]

WORD_ROLES = re.compile(r":(?:term|keyword|dfn|ref|doc|pep|rfc|abbr|title-reference):`!?([^`<]*?)\s*(?:<[^`>]*>)?`")
CODE_ROLES = re.compile(r":[a-z:-]+:`[^`]*`|``[^`]*``")
LINKS = re.compile(r"`([^`<]+?)\s*<[^`>]*>`__?|`([^`]+)`_")
TOKEN = re.compile(r"[A-Za-z]+(?:'[a-z]+)?|[,.;:()?!]|\S")
MARKS = set(",.;:()?!")
LITERAL_DIRECTIVES = (".. code", ".. sourcecode", ".. doctest", ".. testcode", ".. productionlist", ".. testoutput")


def fetch_sources(folder):
    """Downloads and unpacks the packages (without installing them) into `folder`."""
    for package, _, _, _ in SOURCES:
        if not glob.glob(os.path.join(folder, f"{package}_*.deb")):
            subprocess.run(["apt-get", "download", package], cwd=folder, check=True, stdout=sys.stderr)
        deb = glob.glob(os.path.join(folder, f"{package}_*.deb"))[0]
        subprocess.run(["dpkg-deb", "-x", deb, os.path.join(folder, package)], check=True)


class HTMLProse(html.parser.HTMLParser):
    """The text of an HTML page as paragraphs; code, scripts and preformatted text break it."""
    BLOCKS = {"p", "li", "dd", "dt", "div", "td", "th", "tr", "br", "h1", "h2", "h3", "h4", "h5", "h6",
              "blockquote", "table", "ul", "ol", "dl", "title", "caption"}
    HIDDEN = {"script", "style", "pre", "code", "tt", "kbd", "var", "samp", "head"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts, self.hidden = [], 0

    def handle_starttag(self, tag, attrs):
        if tag in self.HIDDEN:
            self.hidden += 1
            self.parts.append(" \x00 ")
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag):
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        if tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(data)


def html_paragraphs(text):
    parser = HTMLProse()
    parser.feed(text)
    for block in re.split(r"\n\s*\n", "".join(parser.parts)):
        block = " ".join(block.split())
        if block:
            yield block


def paragraphs(text):
    """Prose paragraphs of one reST file, without literal blocks, directives and tables."""
    paragraph, literal_indent, paragraph_indent = [], None, 0
    for line in text.splitlines() + [""]:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if literal_indent is not None:
            if not stripped or indent > literal_indent:
                continue
            literal_indent = None
        rule = stripped and not any(c.isalnum() for c in stripped)
        if not stripped or rule or stripped.startswith(("..", ">>>", "+-", "|")):
            if paragraph:
                yield " ".join(paragraph)
                if paragraph[-1].endswith("::"):
                    literal_indent = paragraph_indent
            paragraph = []
            if stripped.startswith("..") and (stripped.endswith("::") or stripped.startswith(LITERAL_DIRECTIVES)):
                literal_indent = indent
            continue
        if stripped[:2] in ("* ", "- ", "+ "):
            stripped = stripped[2:]
        if not paragraph:
            paragraph_indent = indent
        paragraph.append(stripped)


def tokens(paragraph, roles):
    """Lower-case words and marks; None for anything that breaks the sequence."""
    if not roles:
        yield from plain_tokens(paragraph)
        return
    paragraph = WORD_ROLES.sub(lambda m: " " + m.group(1) + " ", paragraph)
    paragraph = CODE_ROLES.sub(" \x00 ", paragraph)
    paragraph = LINKS.sub(lambda m: " " + (m.group(1) or m.group(2)) + " ", paragraph)
    paragraph = paragraph.replace("**", " ").replace("*", " ")
    yield from plain_tokens(paragraph)


def plain_tokens(paragraph):
    for token in TOKEN.findall(paragraph):
        if token[0].isalpha():
            yield token.lower()
        elif token in MARKS:
            yield token
        else:
            yield None


def code(count):
    return chr(0x21 + max(0, min(0x7E - 0x21, round(4 * math.log(count)))))


def main():
    folder = sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="english-model-")
    fetch_sources(folder)
    unigrams, bigrams = collections.Counter(), collections.Counter()
    for package, inside, form, _ in SOURCES:
        files = sorted(glob.glob(os.path.join(folder, package, inside, "**", "*.txt" if form == "rst" else "*.html"), recursive=True))
        before = sum(unigrams.values())
        for path in files:
            text = open(path, encoding="utf-8", errors="replace").read()
            for paragraph in (paragraphs(text) if form == "rst" else html_paragraphs(text)):
                previous = "."
                for token in tokens(paragraph, roles=form == "rst"):
                    if token is None:
                        previous = None
                        continue
                    unigrams[token] += 1
                    if previous is not None:
                        bigrams[previous, token] += 1
                    previous = token
        print(f"{package}: {len(files)} files, {sum(unigrams.values()) - before} tokens", file=sys.stderr)
    total = sum(unigrams.values())
    kept = {w: c for w, c in unigrams.items() if c >= UNIGRAM_MIN}
    pairs = {p: c for p, c in bigrams.items() if c >= BIGRAM_MIN and p[0] in kept and p[1] in kept}
    lines = [str(total)]
    lines += [w + code(c) for w, c in sorted(kept.items())]
    grouped = collections.defaultdict(list)
    for (a, b), c in sorted(pairs.items()):
        grouped[a].append(b + code(c))
    lines += [a + " " + " ".join(seconds) for a, seconds in sorted(grouped.items())]
    notices = "\n\n".join(NOTICES)
    header = "\n".join("// " + line if line else "//" for line in notices.splitlines())
    with open(OUT, "w", encoding="utf-8") as out:
        out.write(f"// Generated by Scripts/build-english-model.py from the English documentation of Python 3.11,\n"
                  f"// PostgreSQL 15 and SQLite 3 (Debian packages {', '.join(p for p, _, _, _ in SOURCES)});\n"
                  f"// do not edit. {total} tokens, {len(kept)} words seen at least {UNIGRAM_MIN} times, {len(pairs)} word\n"
                  f"// pairs seen at least {BIGRAM_MIN} times, each with a count class chr(0x21 + round(4 ln count));\n"
                  f"// see the script. Changes made: only word and word-pair counts are kept, no text.\n"
                  f"// The documentation is used under these terms:\n//\n{header}\n\n")
        out.write("/// Word and word-pair counts of English technical prose (see the header).\n")
        out.write("enum EnglishNgrams {\n    /// One entry a line; the first line is the token count.\n")
        out.write('    static let text: StaticString = #"""\n')
        out.write("\n".join(lines))
        out.write('\n"""#\n}\n')
    print(f"{total} tokens, {len(kept)} words, {len(pairs)} pairs, {os.path.getsize(OUT)} bytes -> {OUT}", file=sys.stderr)


if __name__ == "__main__":
    main()
