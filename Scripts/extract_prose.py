#!/usr/bin/env python3
"""Extract clean prose paragraphs from Debian documentation HTML.

Used by Scripts/collect-clean-corpus.sh; python3 standard library only.

Subcommands:
  sample OUTDIR NOTICE   write the committed sample (OUTDIR/zh, OUTDIR/en)
                         and the NOTICE.md describing it
  bench FILE             write the >= 22 MB mixed zh/en benchmark text
  stats DIR...           print sanity statistics for the *.txt files in DIR
  survey                 per-source statistics before/after filtering

The words of the text are never changed: the only transformation is the
one a browser applies when rendering HTML (entities decoded, runs of
white space collapsed, a line break between two CJK characters dropped).
Paragraphs that are not clean prose are dropped whole, never repaired.
"""

import html
import html.parser
import os
import re
import sys
import unicodedata

# --------------------------------------------------------------------------
# Sources.  Each entry: (id, package, language, html files, licence, holders)
# Paths are relative to DOC_ROOT (/usr/share, or $TEXTMEND_DOC_ROOT when the
# packages were unpacked elsewhere).  Order matters (it is the output order).
# --------------------------------------------------------------------------

DOC_ROOT = os.environ.get("TEXTMEND_DOC_ROOT") or "/usr/share"

REF_CHAPTERS = ["pr01"] + ["ch%02d" % i for i in range(1, 13)] + ["apa"]
FAQ_PAGES = [
    "basic-defs", "getting-debian", "choosing", "compatibility", "software",
    "ftparchives", "pkg-basics", "pkgtools", "uptodate", "kernel",
    "customizing", "support", "contributing", "redistributing",
    "nextrelease", "faqinfo",
]
MAINT_PAGES = [
    "start", "first", "modify", "dreq", "dother", "build", "checkit",
    "upload", "update", "advanced",
]
HANDBOOK_DIR = "doc/debian-handbook/html/%s"
DEVREF_PAGES = [
    "scope", "new-maintainer", "developer-duties", "resources", "pkgs",
    "best-pkging-practices", "beyond-pkging", "l10n", "tools",
]

LIC_REFERENCE = "GPL-2+"
LIC_FAQ = ("verbatim/modified-copies permission notice (FSF manual style, "
           "DFSG-free)")
LIC_MAINT = "GPL-2+"
LIC_HANDBOOK = "GPL-2+ or CC-BY-SA-3.0"
LIC_DEVREF = "GPL-2+"

HOLD_REFERENCE = "2007-2013 Osamu Aoki, and the translators"
HOLD_FAQ = "1996-2003 Software in the Public Interest (Debian FAQ authors and translators)"
HOLD_MAINT = ("1998-2002 Josip Rodin, 2005-2015 Osamu Aoki, 2010 Craig Small, "
              "2010 Raphaël Hertzog, and the translators")
HOLD_HANDBOOK = ("2003-2015 Raphaël Hertzog, 2006-2015 Roland Mas, "
                 "2013-2015 Freexian SARL, and the translators")
HOLD_DEVREF = ("1997-1998 Christian Schwarz, 1998-2003 Adam Di Carlo, "
               "2002-2009 Raphaël Hertzog, 2004-2007 Andreas Barth, "
               "2008-2015 Lucas Nussbaum, 2015-2020 Hideki Yamane, "
               "2019-2023 Holger Levsen")


def handbook_pages(lang_dir):
    """Handbook pages in reading order (follow the rel="next" links)."""
    base = os.path.join(DOC_ROOT, HANDBOOK_DIR % lang_dir)
    order, seen, page = [], set(), "index.html"
    while page and page not in seen and os.path.exists(os.path.join(base, page)):
        seen.add(page)
        order.append(page)
        with open(os.path.join(base, page), encoding="utf-8") as f:
            m = re.search(r'<link rel="next" href="([^"#]+)"', f.read())
        page = m.group(1) if m else None
    return [os.path.join(HANDBOOK_DIR % lang_dir, p) for p in order]


def sources():
    s = []
    s.append(dict(id="handbook", package="debian-handbook", lang="zh",
                  title="The Debian Administrator's Handbook (zh-CN)",
                  files=handbook_pages("zh-CN"),
                  licence=LIC_HANDBOOK, holders=HOLD_HANDBOOK))
    s.append(dict(id="reference", package="debian-reference-zh-cn", lang="zh",
                  title="Debian Reference (zh-CN)",
                  files=["debian-reference/%s.zh-cn.html" % c for c in REF_CHAPTERS],
                  licence=LIC_REFERENCE, holders=HOLD_REFERENCE))
    s.append(dict(id="maint-guide", package="maint-guide-zh-cn", lang="zh",
                  title="Debian New Maintainers' Guide (zh-CN)",
                  files=["doc/maint-guide-zh-cn/html/%s.zh-cn.html" % p for p in MAINT_PAGES],
                  licence=LIC_MAINT, holders=HOLD_MAINT))
    s.append(dict(id="faq", package="debian-faq-zh-cn", lang="zh",
                  title="The Debian GNU/Linux FAQ (zh-CN)",
                  files=["doc/debian/FAQ/zh-cn/%s.zh-cn.html" % p for p in FAQ_PAGES],
                  licence=LIC_FAQ, holders=HOLD_FAQ))
    s.append(dict(id="handbook", package="debian-handbook", lang="en",
                  title="The Debian Administrator's Handbook (en-US)",
                  files=handbook_pages("en-US"),
                  licence=LIC_HANDBOOK, holders=HOLD_HANDBOOK))
    s.append(dict(id="reference", package="debian-reference-en", lang="en",
                  title="Debian Reference (en)",
                  files=["debian-reference/%s.en.html" % c for c in REF_CHAPTERS],
                  licence=LIC_REFERENCE, holders=HOLD_REFERENCE))
    s.append(dict(id="maint-guide", package="maint-guide", lang="en",
                  title="Debian New Maintainers' Guide (en)",
                  files=["doc/maint-guide/html/%s.en.html" % p for p in MAINT_PAGES],
                  licence=LIC_MAINT, holders=HOLD_MAINT))
    s.append(dict(id="faq", package="debian-faq", lang="en",
                  title="The Debian GNU/Linux FAQ (en)",
                  files=["doc/debian/FAQ/%s.en.html" % p for p in FAQ_PAGES],
                  licence=LIC_FAQ, holders=HOLD_FAQ))
    s.append(dict(id="devref", package="developers-reference", lang="en",
                  title="Debian Developer's Reference (en)",
                  files=["developers-reference/%s.html" % p for p in DEVREF_PAGES],
                  licence=LIC_DEVREF, holders=HOLD_DEVREF))
    return s


# Sample budget per (lang, source id), in bytes of UTF-8 text.
BUDGET = {
    ("zh", "handbook"): 80_000,
    ("zh", "reference"): 65_000,
    ("zh", "maint-guide"): 30_000,
    ("zh", "faq"): 85_000,
    ("en", "handbook"): 75_000,
    ("en", "reference"): 55_000,
    ("en", "maint-guide"): 40_000,
    ("en", "faq"): 40_000,
    ("en", "devref"): 40_000,
}
CHUNK_TARGET = 24_000      # bytes per output file (files are 10-40 KB)
BENCH_MIN_BYTES = 22 * 1024 * 1024 + 1

# --------------------------------------------------------------------------
# HTML -> raw paragraphs
# --------------------------------------------------------------------------

VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
        "meta", "param", "source", "track", "wbr"}
# Elements whose whole content is dropped.
SKIP_TAGS = {"head", "script", "style", "title", "pre", "table", "h1", "h2",
             "h3", "h4", "h5", "h6", "nav", "noscript", "svg", "math",
             "button", "form", "textarea", "select", "aside", "sup", "sub",
             "object", "iframe"}
SKIP_CLASSES = {
    # navigation
    "navheader", "navfooter", "docnav", "toc", "list-of-tables",
    "list-of-figures", "list-of-examples", "sphinxsidebar", "related",
    "footer", "breadcrumbs", "headerlink", "banner",
    # front matter, legal boilerplate
    "titlepage", "legalnotice", "copyright", "authorgroup", "author",
    "othercredit", "revhistory", "abstract", "pubdate", "releaseinfo",
    # code-ish blocks
    "programlisting", "screen", "synopsis", "cmdsynopsis", "literallayout",
    "highlight", "example", "informalexample", "figure", "informalfigure",
    "mediaobject", "inlinemediaobject", "table", "informaltable",
    "segmentedlist", "simplelist",
    # footnotes, indexes
    "footnote", "footnotes", "footnote-reference", "indexterm", "index",
}
# A paragraph that had one of these removed from its middle would show a
# gap ("stripped term"), so the whole paragraph is dropped instead.
TAINT_TAGS = {"img", "pre", "table", "object", "svg", "math", "button",
              "input", "iframe"}
TAINT_CLASSES = {"inlinemediaobject", "mediaobject", "screen",
                 "programlisting", "inlinegraphic", "guiicon"}
CODE_CLASSES = {"screen", "programlisting", "synopsis", "cmdsynopsis",
                "literallayout", "highlight", "table", "informaltable"}
SENTENCE_END = set(".!?:。！？：…")
# Block elements: they end the current paragraph.
BLOCK_TAGS = {"p", "div", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
              "section", "article", "body", "html", "table", "pre", "hr",
              "h1", "h2", "h3", "h4", "h5", "h6", "figure", "header",
              "footer", "main", "aside", "nav", "tr", "td", "th",
              "caption", "form", "fieldset", "address", "center"}


class ProseParser(html.parser.HTMLParser):
    """Collects the text of <p> and <div class="para"> blocks."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.stack = []          # (tag, is_skip, is_para)
        self.skip_depth = 0
        self.para_depth = 0
        self.buf = []
        self.tainted = False
        self.paras = []          # (text, flags): flags is a set of
                                 # "gap" (an inline element was removed)
                                 # and "list" (inside li/dd/dt)
        self.link_start = None   # buffer position where an <a> began
        self.after_url_link = False
        self.code_since = False  # a code block/table since the last paragraph
        self.prev_end = "."      # last character of the last paragraph

    def _flush(self):
        text = "".join(self.buf)
        if text.strip():
            # list items are usually fragments, not prose paragraphs
            in_list = any(t in ("li", "dd", "dt") for t, _, _ in self.stack)
            flags = set()
            if self.tainted:
                flags.add("gap")
            if in_list:
                flags.add("list")
            if self.code_since and self.prev_end not in SENTENCE_END:
                # "... run<pre>cmd</pre>to install it." -> the text after
                # the code block continues a sentence
                flags.add("continuation")
            self.code_since = False
            self.prev_end = text.strip()[-1:]
            self.paras.append((text, frozenset(flags)))
        self.buf = []
        self.tainted = False

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        classes = set((a.get("class") or "").split())
        ident = a.get("id") or ""
        is_skip = (tag in SKIP_TAGS or bool(classes & SKIP_CLASSES)
                   or ident in ("banner", "title") or
                   (tag == "a" and "footnote" in " ".join(classes)))
        is_para = (tag == "p" or (tag == "div" and "para" in classes))
        if tag in ("pre", "table") or classes & CODE_CLASSES:
            self.code_since = True
        if self.para_depth and self.skip_depth == 0:
            if tag in TAINT_TAGS or (classes & TAINT_CLASSES):
                self.tainted = True
            if tag in BLOCK_TAGS:
                # a block nested inside a paragraph splits it: the part
                # before it stands (it usually ends with a colon and is
                # filtered out later); what follows is a fragment
                self._flush()
                self.tainted = True
            if tag == "br":
                # a hard line break: not a plain prose paragraph
                self.tainted = True
        if tag == "br" and self.skip_depth == 0:
            self.buf.append("\n")
        if tag in VOID:
            return
        if tag == "a" and self.para_depth and self.skip_depth == 0:
            self.link_start = len(self.buf)
        if is_para and self.skip_depth == 0 and not self.para_depth:
            self._flush()
        self.stack.append((tag, is_skip, is_para))
        if is_skip:
            self.skip_depth += 1
        if is_para:
            self.para_depth += 1

    def handle_endtag(self, tag):
        if tag in VOID:
            return
        if (tag == "a" and self.link_start is not None
                and self.link_start <= len(self.buf)):
            link_text = "".join(self.buf[self.link_start:]).strip()
            self.after_url_link = bool(URL_RE.fullmatch(link_text))
            self.link_start = None
        # pop up to the matching tag (tolerates unclosed elements)
        idx = None
        for i in range(len(self.stack) - 1, -1, -1):
            if self.stack[i][0] == tag:
                idx = i
                break
        if idx is None:
            return
        while len(self.stack) > idx:
            t, is_skip, is_para = self.stack.pop()
            if is_skip:
                self.skip_depth -= 1
            if is_para:
                self.para_depth -= 1
                if self.skip_depth == 0:
                    self._flush()
                    if self.para_depth:
                        self.tainted = True
            elif (self.para_depth and self.skip_depth == 0
                  and t in BLOCK_TAGS):
                self._flush()
                self.tainted = True

    def handle_data(self, data):
        if self.skip_depth == 0 and self.para_depth:
            if self.after_url_link and data[:1].isalnum():
                # the source glued a word to a link that shows its URL
                self.tainted = True
            self.after_url_link = False
            self.buf.append(data)

    def close(self):
        super().close()
        self._flush()


CJK = (r"\u2e80-\u2fdf\u3005\u3007\u3021-\u3029\u3038-\u303b\u3400-\u4dbf"
       r"\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0003134f")
CJK_RE = re.compile("[%s]" % CJK)
WS_RE = re.compile(r"[ \t\n\r\f]+")


def _wide(c):
    return unicodedata.east_asian_width(c) in ("W", "F", "H") and not (
        "\uac00" <= c <= "\ud7a3" or "\u1100" <= c <= "\u11ff")


def render(text):
    """Render HTML text content as a browser does: white space runs collapse
    to one space, and a run holding a line break between two East Asian
    wide characters disappears (CSS Text 3 segment break transformation)."""
    out, pos = [], 0
    for m in WS_RE.finditer(text):
        out.append(text[pos:m.start()])
        a = text[m.start() - 1] if m.start() > 0 else ""
        b = text[m.end()] if m.end() < len(text) else ""
        if "\n" in m.group() and a and b and _wide(a) and _wide(b):
            pass
        else:
            out.append(" ")
        pos = m.end()
    out.append(text[pos:])
    return "".join(out).strip()


def raw_paragraphs(path):
    with open(path, encoding="utf-8") as f:
        data = f.read()
    p = ProseParser()
    p.feed(data)
    p.close()
    return [(render(t), flags) for t, flags in p.paras]


# --------------------------------------------------------------------------
# Paragraph checks
# --------------------------------------------------------------------------

ASCII_MARKS = ",:;()!?"
# ASCII mark directly between two CJK characters, or right after one.
ASCII_IN_CJK_RE = re.compile(r"[%s][,:;()!?]" % CJK)
# Looser checks, also used to drop paragraphs: an ASCII mark after a CJK
# character and one space, or before a CJK character (with or without a
# space); an ASCII full stop ending a Chinese sentence; ASCII parentheses
# around Chinese words.
ASCII_NEAR_CJK_RE = re.compile(r"[%s] [,:;!?]|[%s]\.(?![A-Za-z0-9])|[,:;!?] ?[%s]"
                               % (CJK, CJK, CJK))
ASCII_PARENS_CJK_RE = re.compile(r"\([^()]*[%s][^()]*\)" % CJK)
ASCII_QUOTE_CJK_RE = re.compile(r'[%s]"|"[%s]' % (CJK, CJK))
ASCII_BETWEEN_CJK_RE = re.compile(r"(?<=[%s])[,:;()!?](?=[%s])" % (CJK, CJK))
ENTITY_RE = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
TAG_RE = re.compile(r"</?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>]*)?/?>")
ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
URL_RE = re.compile(r"(?:https?|ftp)://\S+|www\.\S+")
COPYRIGHT_RE = re.compile(r"(?i)copyright|©|\(c\)\s*\d{4}|版权所有|"
                          r"permission is granted to|all rights reserved")
NAV_RE = re.compile(r"^(?:prev|next|home|up|previous|上一页|下一页|"
                    r"起始页|上一级|目录|table of contents)\b", re.I)
ZH_FINAL = "。！？…"
EN_FINAL = ".!?"
CLOSERS = "”’」』）》〉】\"')]"


FUNCTION_WORDS = set("""a an the and or but nor so to in on of for with
    which that where while when whose whom as by then than if into from at
    is are was were be been it its this these those there their they
    also because since until unless after before""".split())
LIST_TERM_RE = re.compile(r"^[^。，；.,;]{1,40}?(?:：|: | - | – | — )")


def control_chars(t):
    return [c for c in t if unicodedata.category(c) == "Cc" and c not in "\n"]


def ends_sentence(t, lang):
    s = t.rstrip(CLOSERS)
    if not s:
        return False
    if lang == "zh":
        return s[-1] in ZH_FINAL
    return s[-1] in EN_FINAL and not s.endswith("...") or s.endswith("?")


def reject_reason(t, flags, lang):
    """Why a paragraph is not clean prose (None if it is)."""
    if "gap" in flags:
        return "inline-gap"
    if "continuation" in flags:
        return "continuation"
    if "list" in flags:
        # list items are kept only when they read as full sentences: no
        # "term: text" / "term - text" shape, and (English) a capital start
        if LIST_TERM_RE.match(t):
            return "list-item"
        if lang == "en" and not t[:1].isupper():
            return "list-item"
    if not t:
        return "empty"
    if NAV_RE.match(t) and len(t) < 40:
        return "navigation"
    if COPYRIGHT_RE.search(t):
        return "copyright"
    if "\ufffd" in t or control_chars(t) or ZERO_WIDTH_RE.search(t):
        return "bad-chars"
    if ENTITY_RE.search(t) or TAG_RE.search(t):
        return "markup"
    if MOJIBAKE_RE.search(t):
        return "garbled"
    if (t.count('"') % 2 or t.count("“") != t.count("”")
            or t.count("「") != t.count("」") or t.count("（") != t.count("）")
            or t.count("(") != t.count(")")):
        return "unbalanced-quotes"
    if t.startswith(("$ ", "# ", "% ", "/", "~", "[", "*", "-", "•")):
        return "command-or-list"
    if t[0] in "。，、；：！？.,;:!?)）]】」』”’":
        return "continuation"
    if lang == "en":
        first = t.split()[0]
        if first in FUNCTION_WORDS or (first.isalpha() and first.islower()
                                       and first.endswith("ing")):
            return "continuation"
    urls = sum(len(u) for u in URL_RE.findall(t))
    if urls > 0.25 * len(t):
        return "urls"
    # gaps left by removed inline elements
    if re.search(r"\(\s*\)|（\s*）|“\s*”|「\s*」|\s[,.;:!?，。；：！？、]", t):
        return "inline-gap"
    if not ends_sentence(t, lang):
        return "no-final-punct"
    cjk = len(CJK_RE.findall(t))
    if lang == "zh":
        if cjk < 25:
            return "too-short"
        letters = sum(1 for c in t if c.isascii() and c.isalnum())
        if cjk < 0.4 * letters:
            return "too-little-chinese"
        if ASCII_IN_CJK_RE.search(t):
            return "ascii-punct-in-chinese"
        if ASCII_NEAR_CJK_RE.search(t) or ASCII_PARENS_CJK_RE.search(t):
            return "ascii-punct-near-chinese"
    else:
        if cjk:
            return "not-english"
        if len(t) < 80 or len(t.split()) < 12:
            return "too-short"
        if any(ord(c) > 0x2fff for c in t):
            return "not-english"
        words = re.findall(r"[A-Za-z]+", t)
        plain = [w for w in words if w.islower() or w.istitle()]
        if len(plain) < 0.7 * len(t.split()):
            return "code-like"
    return None


def clean_paragraphs(src):
    """Clean paragraphs of a source, in order.  A paragraph repeated on
    three or more pages is boilerplate (a banner) and is dropped; other
    repeats keep only their first occurrence."""
    raw = []
    for rel in src["files"]:
        path = os.path.join(DOC_ROOT, rel)
        for t, flags in raw_paragraphs(path):
            if reject_reason(t, flags, src["lang"]) is None:
                raw.append((rel, t))
    count = {}
    for _, t in raw:
        count[t] = count.get(t, 0) + 1
    out, seen = [], set()
    for rel, t in raw:
        if count[t] >= 3 or t in seen:
            continue
        seen.add(t)
        out.append((rel, t))
    return out


# --------------------------------------------------------------------------
# Sample
# --------------------------------------------------------------------------

def package_version(pkg):
    try:
        with open("/var/lib/dpkg/status", encoding="utf-8") as f:
            status = f.read()
    except OSError:
        return "?"
    m = re.search(r"^Package: %s\n(?:[^\n]+\n)*?Version: ([^\n]+)" %
                  re.escape(pkg), status, re.M)
    return m.group(1) if m else "?"


PAGE_SHARE = 5_000          # aim for about this much contiguous text per page


def select(paras, budget):
    """Deterministic spread over the source pages: evenly spaced pages each
    give a contiguous run of paragraphs from their start (about PAGE_SHARE
    bytes); what a short page cannot use passes on to the next pages.
    The result is in source order."""
    by_file, order = {}, []
    for rel, t in paras:
        if rel not in by_file:
            by_file[rel] = []
            order.append(rel)
        by_file[rel].append(t)
    n = len(order)
    k = max(1, min(n, budget // PAGE_SHARE))
    picked = sorted({(i * n) // k for i in range(k)})
    visit = picked + [i for i in range(n) if i not in picked]
    chosen, left = [], budget
    for pos, fi in enumerate(visit):
        if left <= 0:
            break
        remaining = max(1, len(picked) - pos)
        share = left // remaining
        used = 0
        for pi, t in enumerate(by_file[order[fi]]):
            size = len(t.encode("utf-8")) + 2
            if used + size > share and (used > 0 or size > 1.5 * share):
                break
            chosen.append((fi, pi, order[fi], t))
            used += size
        left -= used
    chosen.sort()
    return [(rel, t) for _, _, rel, t in chosen]


def chunk(items, target):
    chunks, cur, size = [], [], 0
    for rel, t in items:
        n = len(t.encode("utf-8")) + 2
        if cur and size + n > target:
            chunks.append(cur)
            cur, size = [], 0
        cur.append((rel, t))
        size += n
    if cur:
        if chunks and size < target * 0.45:
            chunks[-1].extend(cur)
        else:
            chunks.append(cur)
    return chunks


def write_text(path, paras):
    data = "\n\n".join(paras) + "\n"
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    return len(data.encode("utf-8"))


def cmd_sample(outdir, notice):
    rows = []
    for lang in ("zh", "en"):
        d = os.path.join(outdir, lang)
        os.makedirs(d, exist_ok=True)
        for name in sorted(os.listdir(d)):
            if name.endswith(".txt"):
                os.remove(os.path.join(d, name))
    for src in sources():
        paras = clean_paragraphs(src)
        chosen = select(paras, BUDGET[(src["lang"], src["id"])])
        for i, ch in enumerate(chunk(chosen, CHUNK_TARGET), 1):
            name = "%s-%02d.txt" % (src["id"], i)
            path = os.path.join(outdir, src["lang"], name)
            size = write_text(path, [t for _, t in ch])
            files = []
            for rel, _ in ch:
                if rel not in files:
                    files.append(rel)
            rows.append((src, "%s/%s" % (src["lang"], name), size, files, len(ch)))
            print("  %-28s %7d bytes %4d paragraphs" %
                  ("%s/%s" % (src["lang"], name), size, len(ch)))
    write_notice(notice, rows)


def compress_files(files):
    """/usr/share/a/b/ch01.html, ch02.html ... -> dir + short list."""
    dirs = sorted({os.path.dirname(f) for f in files})
    if len(dirs) == 1:
        return "`/usr/share/%s/`: %s" % (dirs[0], ", ".join(
            "`%s`" % os.path.basename(f) for f in files))
    return ", ".join("`/usr/share/%s`" % f for f in files)


FAQ_NOTICE = """
Copyright (C) 1996-2003  Software in the Public Interest

Permission is granted to make and distribute verbatim copies of
this document provided the copyright notice and this permission notice
are preserved on all copies.

Permission is granted to copy and distribute modified versions of
this document under the conditions for verbatim copying, provided that
the entire resulting derived work is distributed under the terms of
a permission notice identical to this one.

Permission is granted to copy and distribute translations of this
document into another language, under the above conditions for
modified versions, except that this permission notice may be included
in translations approved by the Free Software Foundation instead of
in the original English.
"""


def write_notice(path, rows):
    pkgs = []
    for src, *_ in rows:
        if src["package"] not in [p["package"] for p in pkgs]:
            pkgs.append(src)
    L = []
    L.append("# Clean prose corpus: sources and licences")
    L.append("")
    L.append("<!-- Generated by Scripts/collect-clean-corpus.sh "
             "(Scripts/extract_prose.py); do not edit by hand. -->")
    L.append("")
    L.append("`Tests/Corpus/clean/zh/*.txt` (Simplified Chinese) and "
             "`Tests/Corpus/clean/en/*.txt` (English) hold real, edited prose "
             "taken verbatim from Debian documentation packages. They are used "
             "to check that textmend's rules stay silent on clean text. "
             "Paragraphs are separated by one blank line.")
    L.append("")
    L.append("Only whole prose paragraphs (`<p>`, `<div class=\"para\">`, and "
             "list items that are full sentences) were kept. Dropped whole, "
             "never repaired: headings, navigation, tables, code blocks and "
             "command lines, lists of paths, URL-only text, copyright and "
             "licence boilerplate, banners repeated on many pages, footnotes "
             "and footnote markers, paragraphs with an inline image, code "
             "block or other element whose removal would leave a gap, "
             "sentence fragments (text resuming after a code block, list "
             "items of the form `term: text`), paragraphs with unbalanced "
             "quotes or brackets, paragraphs that do not end with "
             "sentence-final punctuation, and, for Chinese, paragraphs with an "
             "ASCII `, : ; ( ) ! ?` directly after a CJK character (or after "
             "a CJK character and a space), an ASCII `, : ; ! ?` before a CJK "
             "character, an ASCII full stop ending a "
             "Chinese sentence, ASCII parentheses around Chinese words, or "
             "mostly untranslated English. The words were not changed: the "
             "only transformation is HTML rendering (entities decoded, white "
             "space runs collapsed to one space, a source line break between "
             "two East Asian wide characters removed).")
    L.append("")
    L.append("## Packages")
    L.append("")
    L.append("| package | version | licence | copyright holders |")
    L.append("| --- | --- | --- | --- |")
    for src in pkgs:
        L.append("| %s | %s | %s | %s |" % (
            src["package"], package_version(src["package"]), src["licence"],
            src["holders"]))
    L.append("")
    L.append("These files stay under their own licences, not textmend's. The "
             "full licence texts are in each package's "
             "`/usr/share/doc/PACKAGE/copyright` and in "
             "`/usr/share/common-licenses/GPL-2`. The excerpts are modified "
             "versions (selected paragraphs) of the documents named below. The "
             "Debian Administrator's Handbook is used under its GPL-2+ option "
             "(CC-BY-SA-3.0 also applies). The Debian FAQ excerpts are "
             "distributed under the FAQ's own notice, reproduced here as its "
             "licence requires:")
    L.append("")
    for line in FAQ_NOTICE.strip("\n").split("\n"):
        L.append(("> " + line).rstrip())
    L.append("")
    L.append("## Files")
    L.append("")
    L.append("| file | bytes | paragraphs | package | taken from |")
    L.append("| --- | ---: | ---: | --- | --- |")
    for src, name, size, files, n in rows:
        L.append("| `clean/%s` | %d | %d | %s | %s |" % (
            name, size, n, src["package"], compress_files(files)))
    L.append("")
    L.append("Each file holds, in source order, the clean paragraphs from the "
             "start of evenly spaced pages of its document (about 5 KB from "
             "each listed page).")
    L.append("")
    L.append("## Regenerating")
    L.append("")
    L.append("```sh")
    L.append("Scripts/collect-clean-corpus.sh                   "
             "# installs the packages if missing, rewrites clean/ and NOTICE.md")
    L.append("Scripts/collect-clean-corpus.sh --bench /tmp/bench "
             "# also writes /tmp/bench/mixed.txt (>= 22 MB, not committed)")
    L.append("```")
    L.append("")
    L.append("The output is deterministic for the package versions above; "
             "another version of a package may give different text. "
             "`TEXTMEND_BENCH_DIR=DIR` works like `--bench DIR`.")
    L.append("")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(L))


# --------------------------------------------------------------------------
# Benchmark text
# --------------------------------------------------------------------------

def cmd_bench(path):
    docs = {"zh": [], "en": []}
    for src in sources():
        cur, cur_rel = [], None
        for rel, t in clean_paragraphs(src):
            if rel != cur_rel and cur:
                docs[src["lang"]].append(cur)
                cur = []
            cur_rel = rel
            cur.append(t)
        if cur:
            docs[src["lang"]].append(cur)
    zh, en = docs["zh"], docs["en"]
    # Interleave: zh doc, en doc, zh doc, ...  Each further pass starts the
    # English list at another offset so that the pairs differ between passes.
    tmp = path + ".tmp"
    total, rnd = 0, 0
    with open(tmp, "w", encoding="utf-8", newline="\n") as f:
        while total < BENCH_MIN_BYTES:
            off = (rnd * 7) % len(en)
            en_r = en[off:] + en[:off]
            for i in range(max(len(zh), len(en))):
                for d in (zh[i % len(zh)], en_r[i % len(en_r)]):
                    s = "\n\n".join(d) + "\n\n"
                    f.write(s)
                    total += len(s.encode("utf-8"))
            rnd += 1
    os.replace(tmp, path)
    print("  %s: %d bytes (%d passes over %d zh + %d en documents)" %
          (path, total, rnd, len(zh), len(en)))


# --------------------------------------------------------------------------
# Statistics
# --------------------------------------------------------------------------

MOJIBAKE_RE = re.compile("Ã[\u0080-\u00bf]|â€|ï¼|Â[\u00a0-\u00bf]|锟斤拷|烫烫")
FW_PUNCT = "。，；：！？、"
EXTRA_CHECKS = [
    # name, regex, languages
    ("ascii_between_cjk", ASCII_BETWEEN_CJK_RE, "zh"),
    ("ascii_after_cjk", ASCII_IN_CJK_RE, "zh"),
    ("ascii_after_cjk_space", re.compile(r"[%s] [,:;!?]" % CJK), "zh"),
    ("ascii_mark_before_cjk", re.compile(r"[,:;!?] ?[%s]" % CJK), "zh"),
    ("ascii_rparen_before_cjk", re.compile(r"\)[%s]" % CJK), "zh"),
    ("ascii_period_after_cjk", re.compile(r"[%s]\.(?![A-Za-z0-9])" % CJK), "zh"),
    ("ascii_parens_around_cjk", ASCII_PARENS_CJK_RE, "zh"),
    ("ascii_dquote_next_to_cjk", ASCII_QUOTE_CJK_RE, "zh"),
    ("cjk_space_ascii_paren", re.compile(r"[%s] \(" % CJK), "zh"),
    ("space_before_fw_punct", re.compile(r" [%s]" % FW_PUNCT), "zh"),
    ("space_after_fw_punct", re.compile(r"[%s] " % FW_PUNCT), "zh"),
    ("fffd", re.compile("\ufffd"), "zh en"),
    ("control", re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]"), "zh en"),
    ("zero_width", ZERO_WIDTH_RE, "zh en"),
    ("entities", ENTITY_RE, "zh en"),
    ("tags", TAG_RE, "zh en"),
    ("mojibake", MOJIBAKE_RE, "zh en"),
    ("double_space", re.compile("  "), "zh en"),
    ("urls", URL_RE, "zh en"),
]


def text_stats(texts, lang):
    st = {"paragraphs": 0, "chars": 0, "cjk": 0}
    for name, _, langs in EXTRA_CHECKS:
        if lang in langs:
            st[name] = 0
    st["no_final_punct"] = 0
    examples = {}
    for t in texts:
        st["paragraphs"] += 1
        st["chars"] += len(t)
        st["cjk"] += len(CJK_RE.findall(t))
        for name, rx, langs in EXTRA_CHECKS:
            if lang not in langs:
                continue
            found = list(rx.finditer(t))
            st[name] += len(found)
            if found and len(examples.setdefault(name, [])) < 3:
                m = found[0]
                examples[name].append(t[max(0, m.start() - 12):m.end() + 12])
        if not ends_sentence(t, lang):
            st["no_final_punct"] += 1
    return st, examples


def cmd_stats(dirs):
    for d in dirs:
        lang = "zh" if os.path.basename(d.rstrip("/")) == "zh" else "en"
        texts, nbytes, nfiles = [], 0, 0
        for name in sorted(os.listdir(d)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(d, name), encoding="utf-8") as f:
                data = f.read()
            nfiles += 1
            nbytes += len(data.encode("utf-8"))
            texts += [p for p in data.split("\n\n") if p.strip()]
            texts = [p.strip("\n") for p in texts]
        st, ex = text_stats(texts, lang)
        print("%s: %d files, %d bytes" % (d, nfiles, nbytes))
        for k, v in st.items():
            print("  %-26s %d" % (k, v))
            for e in ex.get(k, []):
                print("  %-26s   e.g. %r" % ("", e))


def cmd_survey():
    from collections import Counter
    for src in sources():
        reasons = Counter()
        kept, raw_all = [], []
        for rel in src["files"]:
            for t, flags in raw_paragraphs(os.path.join(DOC_ROOT, rel)):
                r = reject_reason(t, flags, src["lang"])
                reasons[r or "KEPT"] += 1
                raw_all.append(t)
                if r is None:
                    kept.append(t)
        # ASCII-mark density over all Chinese-ish raw paragraphs
        st_raw, _ = text_stats(raw_all, src["lang"])
        print("== %s/%s (%d files): kept %d paragraphs, %d bytes" % (
            src["lang"], src["id"], len(src["files"]), len(kept),
            sum(len(t.encode()) + 2 for t in kept)))
        print("   all paragraphs before filtering: " + ", ".join(
            "%s=%d" % kv for kv in st_raw.items() if kv[0] != "chars"))
        print("   " + ", ".join("%s=%d" % kv for kv in reasons.most_common()))


def main(argv):
    if len(argv) < 2:
        print(__doc__)
        return 2
    cmd = argv[1]
    if cmd == "sample" and len(argv) == 4:
        cmd_sample(argv[2], argv[3])
    elif cmd == "bench" and len(argv) == 3:
        cmd_bench(argv[2])
    elif cmd == "stats" and len(argv) >= 3:
        cmd_stats(argv[2:])
    elif cmd == "survey":
        cmd_survey()
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
