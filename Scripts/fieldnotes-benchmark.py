#!/usr/bin/env python3
"""Precision and recall of `textmend check` per damage family of FIELD-NOTES.md (types 2, 3, 4, 6).

What it measures
    Synthetic scraped pages are assembled from clean prose (Tests/Corpus/clean, Debian
    documentation in Chinese and English) plus damage written here per family of the field
    notes: chrome lines at the top or bottom (2a-2j, 6f-6n, 6r), echoed titles and blocks (3a-3g),
    cuts (4a-4e), injected noise and extraction artifacts (6a-6t), whole-page verdicts (chatbot
    refusals, spun text, source dumps). Every injected piece is an *item* with its span (Unicode
    scalar offsets, like the JSON report). Clean control pages (the same prose, nothing injected)
    are added. `textmend check --format json` runs once over all pages.

    - recall (per family): items met by a finding of one of the family's rules (its span overlaps
      the item's; a whole-page item is met by any finding of those rules on the page).
    - precision (per family): of the findings of the family's rules over *all* pages (every
      family's and the controls), the share that fall on injected damage (any family's), or
      that are page-level signals the page's family calls for (`truncation.unfinished-document`
      on a page that ends in a continuation notice).
    - stray: findings of any rule on the family's pages that meet no injected item (damage the
      injection caused elsewhere, or false alarms on the clean prose around it).
    - controls: findings of any rule on the clean control pages (should be 0).

    A family with no rule is listed as "not covered" with the reason from the family table.
    Pages are generated from a fixed seed, so runs are comparable; --keep DIR keeps them.

How to run
    Scripts/fieldnotes-benchmark.py [--pages N] [--seed S] [--binary PATH] [--keep DIR]
                                    [--verbose] [--json]

    Without --binary, .build/release/textmend (or debug) is used when it is newer than the
    sources, otherwise `swift build -c release --product textmend` runs first. Exit status 0 when
    the numbers could be computed, 2 otherwise. Python 3 standard library only.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
CORPUS = os.path.join(REPO, "Tests", "Corpus", "clean")

# Full-width forms of the marks that flattening turns into ASCII; zh samples are written with
# ASCII marks and restored to full width on half of the pages (the other half stays flattened,
# as on many real pages).
FULL = {",": "\uff0c", ":": "\uff1a", ";": "\uff1b", "(": "\uff08", ")": "\uff09", "!": "\uff01", "?": "\uff1f"}


def fullwidth(text: str) -> str:
    """ASCII , : ; ( ) ! ? next to CJK text turned full-width (URLs and times are left alone)."""
    out = []
    for i, ch in enumerate(text):
        if ch in FULL:
            before = text[i - 1] if i > 0 else " "
            after = text[i + 1] if i + 1 < len(text) else " "
            if is_cjk(before) or is_cjk(after) or (ch in "()" and (is_cjk(text[i - 2:i - 1] or " ") or is_cjk(text[i + 2:i + 3] or " "))):
                out.append(FULL[ch])
                continue
        out.append(ch)
    return "".join(out)


def is_cjk(ch: str) -> bool:
    return bool(ch) and ("\u3400" <= ch <= "\u9fff" or "\u3000" <= ch <= "\u303f" or "\uff00" <= ch <= "\uffef")


# --------------------------------------------------------------------------------------------
# Clean prose
# --------------------------------------------------------------------------------------------

def load_paragraphs() -> dict[str, list[str]]:
    """Paragraphs of the clean corpus by language: one line each, 40 to 400 characters."""
    result: dict[str, list[str]] = {"zh": [], "en": []}
    for lang in result:
        folder = os.path.join(CORPUS, lang)
        for name in sorted(os.listdir(folder)):
            if not name.endswith(".txt"):
                continue
            with open(os.path.join(folder, name), encoding="utf-8") as handle:
                for block in re.split(r"\n\s*\n", handle.read()):
                    text = " ".join(block.split()) if lang == "en" else "".join(block.split("\n")).strip()
                    if 40 <= len(text) <= 400 and text[-1] in "。.!?！？":
                        result[lang].append(text)
    return result


TITLES = {
    "zh": ["关于做好软件包维护工作的通知", "Debian 系统安装与配置指南", "软件包管理工作总结", "系统管理员工作计划",
           "开源社区协作的几点体会", "服务器安全配置实施方案", "新版本发布说明", "软件仓库使用规范"],
    "en": ["How the Debian archive is organised", "Maintaining a package in practice", "A guide to system administration",
           "Why free software matters", "Setting up a mail server", "What changed in the new release",
           "Security updates explained", "Working with the bug tracker"],
}


@dataclass
class Page:
    """A page being assembled: its text and the spans of what was injected."""
    lang: str
    title: str
    top: list[str] = field(default_factory=list)        # lines between title and body
    before_title: list[str] = field(default_factory=list)
    body: list[str] = field(default_factory=list)       # paragraphs
    bottom: list[str] = field(default_factory=list)
    marks: list[tuple[str, str]] = field(default_factory=list)   # (where, text) to locate later


def base_page(rng: random.Random, prose: dict[str, list[str]], lang: str, paragraphs: int = 4) -> Page:
    start = rng.randrange(len(prose[lang]) - paragraphs)
    return Page(lang=lang, title=rng.choice(TITLES[lang]), body=prose[lang][start:start + paragraphs])


def render(page: Page) -> str:
    blocks = page.before_title + [page.title] + page.top + page.body + page.bottom
    return "\n\n".join(blocks) + "\n"


# --------------------------------------------------------------------------------------------
# Families
# --------------------------------------------------------------------------------------------

@dataclass
class Family:
    key: str             # field-notes entry (2a, 6o-space …)
    name: str
    rules: list[str]     # rules that count as detecting it
    make: object         # (rng, prose, index) -> (text, items, whole_page[, other injected spans])
    note: str = ""       # why it is not covered, when rules is empty
    page_rules: list[str] = field(default_factory=list)   # rules right anywhere on its pages


def spans_of(text: str, needles: list[str], start_at: int = 0) -> list[tuple[int, int]]:
    """Spans of each needle in order of appearance (each found after the previous one)."""
    spans, position = [], start_at
    for needle in needles:
        found = text.find(needle, position)
        if found < 0:
            raise ValueError(f"cannot locate {needle!r}")
        spans.append((found, found + len(needle)))
        position = found + len(needle)
    return spans


def chrome(lang_samples: dict[str, list[str]], where: str, count: int = 1):
    """A family of whole lines put at the top (after the title), before the title, or at the bottom."""
    def make(rng, prose, index):
        langs = [lang for lang in ("zh", "en") if lang_samples.get(lang)]
        lang = langs[index % len(langs)]
        page = base_page(rng, prose, lang)
        picked = rng.sample(lang_samples[lang], min(count, len(lang_samples[lang])))
        lines = []
        for sample in picked:
            sample = sample.replace("{title}", page.title)
            if lang == "zh" and index % 4 < 2:
                sample = fullwidth(sample)
            lines.append(sample)
        if where == "top":
            page.top = lines
        elif where == "before":
            page.before_title = lines
        else:
            page.bottom = lines
        text = render(page)
        anchor = 0 if where != "bottom" else text.find(page.body[-1])
        needles = [piece for line in lines for piece in line.split("\n") if piece.strip()]
        return text, spans_of(text, needles, anchor), False
    return make


def zh_en(zh: list[str], en: list[str] | None = None) -> dict[str, list[str]]:
    return {"zh": zh, "en": en or []}


# ---- 3: titles and echoes -------------------------------------------------------------------

def repeated_title(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang)
    suffixes = ["", "_第1页", ".docx", "(通用6篇)"] if lang == "zh" else ["", " - Example News", ""]
    copies = [page.title + rng.choice(suffixes) for _ in range(rng.choice([1, 2]))]
    page.top = copies
    text = render(page)
    return text, spans_of(text, copies, len(page.title)), False


def summary_echo(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang)
    opening = page.body[0][:70].rstrip()
    line = ("【摘要】:" if lang == "zh" else "Summary: ") + opening + "..."
    page.top = [fullwidth(line) if lang == "zh" and index % 4 == 0 else line]
    text = render(page)
    return text, spans_of(text, page.top), False


def bottom_echo(rng, prose, index):
    page = base_page(rng, prose, "zh")
    opening = "  ".join(page.body)[:150]
    line = f"《{page.title}》所在栏目:工作总结 > 内容摘要:{opening}。"
    page.bottom = [line]
    text = render(page)
    return text, spans_of(text, [line]), False


def doubled_block(rng, prose, index):
    page = base_page(rng, prose, "zh")
    block = "小编精心推荐\n述职报告范文 | 工作总结范文 | 心得体会范文 | 个人总结范文"
    page.bottom = [block, block]
    text = render(page)
    first, second = text.find(block), text.rfind(block)
    return text, [(second, second + len(block))], False, [(first, first + len(block))]


def doubled_byline(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang)
    byline = rng.choice(["文/郑传海", "作者:邸乘光"]) if lang == "zh" else rng.choice(["Photo: Dr. Fred Murphy @ Wikimedia", "By Citizen Reporter"])
    page.top = [byline, byline]
    text = render(page)
    spans = spans_of(text, [byline, byline])
    return text, spans[1:], False, spans[:1]


# ---- 4: truncation --------------------------------------------------------------------------

def preview_cut(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang)
    last = page.body[-1]
    cut = max(20, len(last) * 2 // 3)
    while cut < len(last) - 1 and not (last[cut].isalpha() or is_cjk(last[cut])):
        cut += 1
    page.body[-1] = last[:cut].rstrip(" ,，")
    if lang == "en":
        page.body[-1] = page.body[-1].rsplit(" ", 1)[0]
    text = render(page)
    end = text.rfind(page.body[-1]) + len(page.body[-1])
    return text, [(end - 8, end)], False


def chunk_marker(rng, prose, index):
    for _ in range(200):
        page = base_page(rng, prose, "zh")
        for number, paragraph in enumerate(page.body):
            match = re.search(r"[\u4e00-\u9fff]{2}的[\u4e00-\u9fff]{2}", paragraph[10:])
            if match:
                cut = 10 + match.start() + 2
                page.body[number:number + 1] = [paragraph[:cut], f"{number + 2}、" + paragraph[cut:]]
                text = render(page)
                marker = f"{number + 2}、的"
                return text, spans_of(text, [marker]), False
    raise RuntimeError("no 的 to split at")


def leading_fragment(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    for _ in range(200):
        page = base_page(rng, prose, lang)
        first = page.body[0]
        mark = first.find("，") if lang == "zh" else first.find(" and ")
        if 5 < mark < len(first) - 20:
            page.body[0] = first[mark:] if lang == "zh" else first[mark + 1:]
            page.title = ""
            text = "\n\n".join(page.body) + "\n"
            return text, [(0, 3)], False
    raise RuntimeError("no cut point")


def title_only(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    title = rng.choice(TITLES[lang])
    shapes = ([f"{title} 第4页", f"首页 标签:{title}", f"{title}\n\n点击排行榜", f"展开 {title}"] if lang == "zh"
              else ["Article Author: Amy Saunders", "introduction introduction introduction", f"{title}\n\nMost Popular"])
    text = rng.choice(shapes) + "\n"
    return text, [(0, len(text) - 1)], True


def teasers(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang, paragraphs=5)
    lines = []
    for paragraph in page.body:
        cut = min(len(paragraph) - 5, rng.randrange(30, 60) if lang == "zh" else rng.randrange(60, 120))
        piece = paragraph[:cut]
        if lang == "en":
            piece = piece.rsplit(" ", 1)[0]
        while piece and not (piece[-1].isalnum() and not "\u3000" <= piece[-1] <= "\u303f" and not "\uff00" <= piece[-1] <= "\uffef"):
            piece = piece[:-1]
        lines.append(piece + rng.choice(["…", "..."]))
    page.body = lines
    page.bottom = ["更多文章" if lang == "zh" else "Read more"]
    text = render(page)
    spans = spans_of(text, lines)
    return text, [(end - 4, end) for _, end in spans], False


# ---- 6: injected noise ----------------------------------------------------------------------

def jammer_run(rng) -> str:
    letters = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    symbols = "!#$%&()*+,-./:;<=>?@[]^_`{|}~'"
    tokens = []
    for _ in range(rng.randrange(8, 11)):
        shape = rng.randrange(4)
        if shape == 0:
            tokens.append(rng.choice(letters) + rng.choice(symbols))
        elif shape == 1:
            tokens.append(rng.choice(symbols) + rng.choice(letters))
        elif shape == 2:
            tokens.append(rng.choice(letters))
        else:
            tokens.append(rng.choice(letters) + rng.choice("0123456789"))
    return " ".join(tokens)


def jammer(rng, prose, index):
    page = base_page(rng, prose, "zh")
    runs = [jammer_run(rng) for _ in range(2)]
    page.body[0] = page.body[0] + runs[0]
    page.body.insert(2, runs[1])
    text = render(page)
    return text, spans_of(text, runs), False


WATERMARKS = ["爱掏网 - www.aitaocui.cn", "精品名师归纳总结资料word", "可编辑资料 - - - 欢迎下载", "文档来自网络 - www.wendangku.net"]


def watermark(rng, prose, index):
    page = base_page(rng, prose, "zh", paragraphs=5)
    mark = WATERMARKS[index % len(WATERMARKS)]
    if index % 2 == 0:
        # After every 。 of the first paragraphs.
        for number in range(3):
            page.body[number] = page.body[number].replace("。", "。" + mark)
    else:
        for number in (4, 3, 1):
            page.body.insert(number, mark)
    text = render(page)
    spans, position = [], 0
    while (found := text.find(mark, position)) >= 0:
        spans.append((found, found + len(mark)))
        position = found + len(mark)
    return text, spans, False


def glued_tags(rng, prose, index):
    page = base_page(rng, prose, "zh")
    tags = [rng.choice(["前端", "git", "bash", "微信", "编程", "java", "python", "数据库"]) for _ in range(3)]
    for number in range(3):
        page.body[number] += tags[number]
    text = render(page)
    spans = []
    for number in range(3):
        end = text.find(page.body[number]) + len(page.body[number])
        spans.append((end - len(tags[number]), end))
    return text, spans, False


MEDIA = {"zh": ["9E27229A.gif", "image.png", "Android组件化架构.png", "(点击看视频)", "系统架构示意图.jpg"],
         "en": ["dcsimg", "cover image", "(Getty Images)", "Photo: Dr. Fred Murphy @ Wikimedia", "IMG_2041.JPG"]}


def media(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang)
    picked = rng.sample(MEDIA[lang], 2)
    page.body.insert(1, picked[0])
    page.body.insert(3, picked[1])
    text = render(page)
    return text, spans_of(text, picked, len(page.title)), False


SPUN_ZH = [("的", "旳"), ("观点", "不雅观点"), ("毕业", "卒业"), ("不行", "弗成"), ("深入浅出", "深刻浅出"), ("熟练掌握", "娴熟把握"),
           ("工作", "工做"), ("非常", "很是"), ("希望", "但愿"), ("其中", "个中"), ("简单", "大略")]
SPUN_ZH_EXTRA = "许多人旳不雅观点是,熟练掌握这些工具很难,但他卒业后从事维护工做,发现个中原因很是简单。"
SPUN_EN_EXTRA = "Tools for counterfeit consciousness and profound learning now handle colossal information on every reminiscence card."


def spun(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang)
    if lang == "zh":
        for number, paragraph in enumerate(page.body):
            for plain, spun_word in rng.sample(SPUN_ZH, 4):
                paragraph = paragraph.replace(plain, spun_word, 2)
            page.body[number] = paragraph
        page.body.insert(2, fullwidth(SPUN_ZH_EXTRA))
    else:
        page.body.insert(2, SPUN_EN_EXTRA)
    text = render(page)
    return text, [(0, len(text) - 1)], True


def source_dump(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang)
    kind = index % 3
    if kind == 0:
        body = "".join(f"<p class=\"content\">{p}</p>\n" for p in page.body)
        text = ("<!DOCTYPE html><html class=\"no-js\" lang=\"zh-CN\"><head><meta charset=\"utf-8\"><title>"
                f"{page.title}</title><link rel=\"stylesheet\" href=\"/css/main.css\"></head>\n<body><div id=\"nav\"><ul>"
                "<li><a href=\"/\">首页</a></li><li><a href=\"/news\">新闻</a></li></ul></div>\n"
                f"<div id=\"main\"><h1>{page.title}</h1>\n{body}</div></body></html>\n")
    elif kind == 1:
        items = "".join(f"<item><title>{p[:20]}</title><description><![CDATA[{p}]]></description></item>\n" for p in page.body)
        text = f"<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>{page.title}</title>\n{items}</channel></rss>\n"
    else:
        text = "graph TD\n    A[Expression] --> B[Term]\n    B --> C[Factor]\n    C --> D[Number]\n    A --> E[Operator]\n"
    return text, [(0, len(text) - 1)], True


REFUSALS = {"zh": ["很抱歉,作为一个AI语言模型,我无法为您撰写这篇文章,因为缺少必要的背景信息。",
                   "抱歉,我无法为您提供关于{title}的具体内容,建议您咨询相关专业人士。"],
            "en": ["I'm sorry, but I can't fulfill this request. As an AI language model, I cannot browse the internet.",
                   "As an AI language model, I cannot write an article about {title} without more details."]}


def refusal(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    title = rng.choice(TITLES[lang])
    sample = rng.choice(REFUSALS[lang]).replace("{title}", title)
    if lang == "zh" and index % 4 == 0:
        sample = fullwidth(sample)
    text = f"{title}\n\n{sample}\n"
    return text, [(0, len(text) - 1)], True


# ---- 6o: extraction artifacts ---------------------------------------------------------------

def wrap_spaces(rng, prose, index):
    """Old line wraps every ~36 characters, wherever they fall between two Han characters."""
    page = base_page(rng, prose, "zh")
    spans_needed = []
    for number in range(2):
        paragraph, out, since = page.body[number], [], 0
        for i, ch in enumerate(paragraph):
            out.append(ch)
            since += 1
            if since >= 36 and i + 1 < len(paragraph) and "\u4e00" <= ch <= "\u9fff" and "\u4e00" <= paragraph[i + 1] <= "\u9fff":
                out.append(" ")
                since = 0
        page.body[number] = "".join(out)
        spans_needed.append(number)
    text = render(page)
    spans = []
    for number in spans_needed:
        start = text.find(page.body[number])
        for i, ch in enumerate(page.body[number]):
            if ch == " " and is_cjk(page.body[number][i - 1]) and is_cjk(page.body[number][i + 1]):
                spans.append((start + i, start + i + 1))
    return text, spans, False


def doubled_phrase(rng, prose, index):
    for _ in range(200):
        page = base_page(rng, prose, "zh")
        paragraph = page.body[1]
        match = re.search(r"[\u4e00-\u9fff]{6,10}", paragraph[5:])
        if match:
            phrase = match.group(0)
            cut = 5 + match.end()
            page.body[1] = paragraph[:cut] + phrase + paragraph[cut:]
            text = render(page)
            start = text.find(page.body[1]) + cut
            return text, [(start, start + len(phrase))], False
    raise RuntimeError("no phrase")


def running_header(rng, prose, index):
    lang = "zh" if index % 2 == 0 else "en"
    page = base_page(rng, prose, lang, paragraphs=6)
    header = rng.choice(["权 利 要 求 书", "CN 108647265 A", "某某公司年度报告"]) if lang == "zh" else rng.choice(["Annual Report 2022", "ACME CORPORATION"])
    lines = []
    for page_number, number in enumerate((5, 3, 1), start=1):
        total = 3
        number_line = (rng.choice([f"{4 - page_number}/{total}页", f"- {4 - page_number} -", f"第{4 - page_number}页 共{total}页"]) if lang == "zh"
                       else f"Page {4 - page_number} of {total}")
        page.body.insert(number, f"{header}\n{number_line}")
        lines += [header, number_line]
    text = render(page)
    return text, sorted_needles(text, lines), False


def sorted_needles(text: str, needles: list[str]) -> list[tuple[int, int]]:
    """Spans of every occurrence of each needle after the title."""
    spans = set()
    for needle in set(needles):
        position = text.find("\n")
        while (found := text.find(needle, position)) >= 0:
            spans.add((found, found + len(needle)))
            position = found + len(needle)
    return sorted(spans)


def field_code(rng, prose, index):
    page = base_page(rng, prose, "zh")
    code = rng.choice(['TOC\\o"1-3"\\h\\u', 'TOC \\o "1-2" \\h \\z \\u'])
    toc = [code, "第1章 总则 PAGEREF _Toc20449 \\h 3", "第2章 组织机构 PAGEREF _Toc20450 \\h 5"]
    page.top = ["\n".join(toc)]
    text = render(page)
    return text, spans_of(text, [code, "PAGEREF _Toc20449 \\h", "PAGEREF _Toc20450 \\h"]), False


# ---- whole families table -------------------------------------------------------------------

BP = "boilerplate."

FAMILIES: list[Family] = [
    Family("2a", "小编 template intro", [BP + "template-intro"], chrome(zh_en([
        "以下是小编为大家收集的{title},仅供参考,欢迎大家阅读。",
        "范文社小编今天就为您带来了{title},希望对您有所帮助。",
        "千文网小编为你整理了多篇相关的《{title}》,但愿对你工作学习有帮助。",
        "本栏目,小编为大家收集整理了数篇{title}范文,欢迎阅读,希望大家能够喜欢。",
        "以下是小编整理的{title},欢迎阅读参考。"]), "top")),
    Family("2b", "SEO-farm intro/outro", [BP + "template-intro"], chrome(zh_en([
        "本篇文章给大家谈谈{title},以及对应的知识点,希望对各位有所帮助,不要忘了收藏本站喔。",
        "今天给各位分享{title}的知识,如果能碰巧解决你现在面临的问题,别忘了关注本站,现在开始吧!",
        "本文目录一览:",
        "大家好,我是你的好朋友思创斯。今天说一说{title},希望能够帮助大家进步!!!",
        "今天让创意岭的小编来大家介绍下关于{title}的问题,以下是小编对此问题的归纳整理。"]), "top")),
    Family("2c", "document-store chrome", [BP + "document-store-chrome"], chrome(zh_en([
        "上传人:b****5  文档编号:12152630", "下载积分:6.99金币  下载 相关 举报",
        "《{title}.docx》由会员分享,可在线阅读,更多相关《{title}》请在冰豆网上搜索。",
        "合集下载", "快捷下载 游客一键下载", "版权说明:本文档由用户提供并上传,收益归属内容提供方",
        "上传人:w****8  文档编号:30512218  上传时间:2023-05-06  格式:DOCX  页数:12  大小:28.6KB"]), "top", 2)),
    Family("2d", "app and WeChat promo", [BP + "share-prompt", BP + "preview-notice"], chrome(zh_en([
        "上QQ阅读APP看书,第一时间看更新", "点击上方 “技术文摘”关注,星标一起成长",
        "后台回复【加群】,进入读者交流群", "APP下载", "下载客户端,阅读体验更佳"],
        ["Get all your news in one place.", "Upgrade to SI Premium - Free Trial", "Download the app for the latest news"]), "top")),
    Family("2e", "injected AI / writing-service ad", [BP + "contact-promo"], chrome(zh_en([
        "开始之前先推荐一个非常厉害的Ai人工智能工具,一键生成原创文章、方案、文案、工作计划、工作报告、论文、代码、作文",
        "代写文章-讲话稿的写作技巧,公文写作培训班火热报名中",
        "定制代笔此类文章,请联系老师微信:wenmi2023",
        "《文稿,还能这样写》作者雄文《笔杆子碎语》全网热销,点击购买",
        "推荐一款好用的AI写作助手,免费生成各类文章", "专业代写论文,价格优惠,微信咨询"]), "top")),
    Family("2f", "newsletter prompt", [BP + "share-prompt"], chrome(zh_en([], [
        "Sign up for Background News newsletters", "Please check your inbox and confirm.",
        "We will use your email address only for sending you newsletters.", "Stories that matter", "Emails delivered daily"]), "top")),
    Family("2g", "read-more stub", [BP + "preview-notice"], chrome(zh_en([], [
        "Continue reading...", "Continue Reading →", "Read More.", "Read Entire Article",
        "This article was posted by AP News.", "Read this on Authority Magazine."]), "bottom"),
        page_rules=["truncation.unfinished-document"]),
    Family("2h", "SEO spam title line", [BP + "keyword-stuffed-title"], chrome(zh_en([
        "国产精品99真实实拍_久久不雅视频_亚洲第一视频区-亚洲第一视频网-在线观看",
        "Python教程_Python基础教程_Python入门_编程网", "免费小说_免费小说阅读网_免费小说下载_全本小说"]), "before")),
    Family("2j", "disclaimer and notice", [BP + "copyright-notice", BP + "document-store-chrome"], chrome(zh_en([
        "提示:内容已经过期谨慎付费,点击查看最新内容", "免责声明:本文仅代表作者个人观点,与本站无关。",
        "免责声明:以上内容仅供参考,不构成投资建议。"],
        ["DISCLAIMER: The author is solely responsible for the views expressed in this article.",
         "(The legal status is an assumption and is not a legal conclusion.)",
         "If you have a new account but are having problems posting or verifying your account, please email us."]), "bottom")),
    Family("3a", "title repeated at the top", ["duplicate.repeated-title"], repeated_title),
    Family("3b", "summary block echoing the opening", [BP + "summary-echo"], summary_echo),
    # duplicate.repeated-title also claims repeated short lines (a caption holding the title,
    # a watermark or running header line seen again); its removal repairs them just as well.
    Family("3c", "page-image caption / pager", [BP + "document-store-chrome", BP + "running-header", "duplicate.repeated-title"], chrome(zh_en([
        "{title}.docx_第1页", "第1页 / 共61页", "1/195"]), "top")),
    Family("3d", "doubled byline", ["duplicate.repeated-paragraph", "duplicate.repeated-title", BP + "attribution-line"], doubled_byline),
    Family("3e", "boilerplate block doubled", ["duplicate.repeated-paragraph", BP + "related-links"], doubled_block),
    Family("3f", "same page stored twice with other counters", [], chrome(zh_en(["wmui / 3264人阅读"]), "top"),
           "a property of a corpus, not of a page: deduplicate with digits masked; the counter line itself is "
           "boilerplate.meta-line's (6h), and lines recurring across a corpus are `learn` + `--model`'s"),
    Family("3g", "《title》所在栏目 / 内容摘要 block", [BP + "summary-echo"], bottom_echo),
    Family("4a", "preview cut mid-sentence", ["truncation.unfinished-document"], preview_cut),
    Family("4b", "continuation / paywall marker", [BP + "preview-notice", "truncation.unfinished-document"], chrome(zh_en([
        "已阅读5页,还剩13页未读 继续免费阅读", "(阅读全部图文内容,您需要先登录!)", "本章未完,点击下一页继续阅读。", "立即解锁"]), "bottom"),
        page_rules=["truncation.unfinished-document"]),
    Family("4c", "chunk marker splitting a word", ["truncation.chunk-marker"], chunk_marker),
    Family("4c-lead", "page starting mid-sentence", ["truncation.leading-fragment"], leading_fragment),
    Family("4d", "title-only page", ["truncation.title-only"], title_only),
    Family("4e", "listing teasers cut with an ellipsis", ["truncation.teaser-ellipsis", "truncation.unfinished-document"], teasers,
           page_rules=["truncation.unfinished-document", BP + "preview-notice"]),
    Family("6a", "anti-scrape jammer tokens", [BP + "jammer-text"], jammer),
    Family("6b", "watermark injected at intervals", [BP + "injected-watermark", "duplicate.repeated-title"], watermark),
    Family("6c", "random word before punctuation", [], chrome(zh_en(["是一個開源項目慢哈!"]), "top"),
           "needs a language model to tell an injected word from a rare one; no rule"),
    Family("6d", "tag word glued to paragraph ends", [BP + "glued-tag"], glued_tags),
    Family("6e", "synonym-spun text", [BP + "spun-text"], spun),
    Family("6f", "breadcrumb / location bar", [BP + "location-bar"], chrome(zh_en([
        "您当前的位置:首页 > 计算机 > 编程开发 >", "当前位置:首页 > 新闻 > 正文", "您现在的位置是:首页 >  Java"],
        ["Home » News » Local", "Home > Guides > Administration"]), "before")),
    Family("6g", "date / source / author line", [BP + "meta-line"], chrome(zh_en([
        "时间:10-23来源:作者:点击数:", "编辑:超鼎科技 来源:本站原创", "更新时间:2018-06-28 14:22作者:",
        "发布时间:2022-12-28 10:15  来源:本站原创  作者:admin  浏览:386次", "共 9926字,需浏览 20分钟"]), "top")),
    Family("6h", "counters and social widgets", [BP + "meta-line"], chrome(zh_en([
        "网站访问人数:141711302", "阅读量:44 订阅数:13", "點擊:2171", "被阅读0次", "博客访问:164337"]), "top")),
    Family("6i", "share / print line", [BP + "share-prompt"], chrome(zh_en([
        "分享到:更多", "打印 纠错 投稿须知 投稿", "微信扫一扫 ×", "分享到微信 分享到微博 分享到QQ空间"],
        ["Share on Twitter Tweet Share on Facebook", "Share this article"]), "bottom")),
    Family("6j", "contact line", [BP + "contact-promo"], chrome(zh_en([
        "客服热线:025-83805317", "客服QQ:1234567890", "投稿邮箱:service@example.com"],
        ["Call our Mortgage Desk on 0845 123 4567"]), "bottom")),
    Family("6k", "related-links list", [BP + "related-links"], chrome(zh_en([
        "相关推荐\n软件包管理工作总结\n系统管理员工作计划", "精彩推荐", "热点推荐"],
        ["Most Popular\nWhy free software matters\nSetting up a mail server"]), "bottom")),
    Family("6l", "navigation menu", [BP + "navigation-menu", BP + "share-prompt", BP + "location-bar", BP + "related-links"], chrome(zh_en([
        "首页\n下载应用\n提交文章\n关于我们", "博客园 首页 新随笔 联系 订阅 管理", "Chinaunix首页 | 论坛 | 博客",
        "网站首页 | 新闻中心 | 产品展示 | 联系我们", "首页 资讯 视频 图片 论坛 下载"],
        ["Skip to main content", "Connect with us", "HOME"]), "before")),
    Family("6m", "forum chrome", [BP + "forum-chrome", BP + "share-prompt"], chrome(zh_en([
        "本帖最后由 ojtcqszh 于 2022-12-26 16:27 编辑", "显示全部楼层 |阅读模式", "打印 上一主题 下一主题",
        "[复制链接]", "帖子很冷清卤煮很失落!求安慰", "本帖最后由 admin 于 2021-3-5 09:12 编辑", "只看该作者", "电梯直达"]), "top")),
    Family("6n", "comment widget", [BP + "comment-widget"], chrome(zh_en([
        "已有0人发表了评论", "发表回复\n评论列表(0条)"], ["No comments:\nPost a Comment", "Blog at WordPress.com.\nUp ↑"]), "bottom")),
    Family("6o-space", "space inside a word from old line wraps", ["invalid-char.space-inside-word"], wrap_spaces),
    Family("6o-double", "doubled text layer (phrase twice)", ["duplicate.doubled-phrase", "duplicate.repeated-paragraph"], doubled_phrase),
    Family("6o-header", "running header and page numbers", [BP + "running-header", "duplicate.repeated-title"], running_header),
    Family("6o-toc", "Word TOC field codes", [BP + "field-code"], field_code),
    Family("6p", "raw HTML / source dump", [BP + "source-dump"], source_dump),
    Family("6s", "bundle structure (篇一, 扩展阅读 appendix)", [], chrome(zh_en(["扩展阅读:工作总结的写法"]), "bottom"),
           "(通用6篇) suffixes and 篇一 headings are a bundle's structure, not damage; an appended second document "
           "needs document segmentation, not a line rule"),
    Family("6q", "mirror domain residue", [], chrome(zh_en(["//www.mirror-site.cn2016-01-22来源:"]), "top"),
           "a mirror's own domain pasted over the source line; too site-specific for a general rule"),
    Family("6r", "editorial and repost line", [BP + "attribution-line", BP + "meta-line"], chrome(zh_en([
        "原标题:{title}", "来源:学习时报", "责编 | 郑丽媛", "原文地址:https://blog.example.com/a/1.html",
        "原文链接:https://www.example.com/p/123", "责任编辑:王五"]), "top")),
    Family("6t", "image file name / media caption", [BP + "media-residue"], media),
    Family("verdict", "chatbot refusal published as an article", [BP + "chatbot-refusal"], refusal),
]


# --------------------------------------------------------------------------------------------
# Running and scoring
# --------------------------------------------------------------------------------------------

def find_binary(requested: str | None) -> str:
    if requested:
        return requested
    newest = os.path.getmtime(os.path.join(REPO, "Package.swift"))
    for folder, _, files in os.walk(os.path.join(REPO, "Sources")):
        for name in files:
            newest = max(newest, os.path.getmtime(os.path.join(folder, name)))
    for kind in ("release", "debug"):
        path = os.path.join(REPO, ".build", kind, "textmend")
        if os.access(path, os.X_OK) and os.path.getmtime(path) >= newest:
            return path
    print("building: swift build -c release --product textmend", file=sys.stderr)
    result = subprocess.run(["swift", "build", "-c", "release", "--product", "textmend"], cwd=REPO,
                            stdout=sys.stderr, stderr=sys.stderr)
    path = os.path.join(REPO, ".build", "release", "textmend")
    if result.returncode != 0 or not os.access(path, os.X_OK):
        raise SystemExit(2)
    return path


def meets(a: tuple[int, int], b: tuple[int, int]) -> bool:
    if a[0] == a[1] or b[0] == b[1]:
        return a[0] <= b[1] and b[0] <= a[1]
    return a[0] < b[1] and b[0] < a[1]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--pages", type=int, default=16, help="pages per family (default 16)")
    parser.add_argument("--controls", type=int, default=40, help="clean control pages (default 40)")
    parser.add_argument("--seed", type=int, default=20240601)
    parser.add_argument("--binary")
    parser.add_argument("--keep", help="write the pages to this folder and keep them")
    parser.add_argument("--verbose", action="store_true", help="list missed items and stray findings")
    parser.add_argument("--json", action="store_true", help="print the numbers as JSON")
    args = parser.parse_args()

    prose = load_paragraphs()
    rng = random.Random(args.seed)
    pages: dict[str, tuple[str, list[tuple[int, int]], bool, str]] = {}   # name -> text, items, whole, family
    regions: dict[str, list[tuple[int, int]]] = {}   # every injected span of a page
    for family in FAMILIES:
        for index in range(args.pages):
            text, items, whole, *extra = family.make(rng, prose, index)
            name = f"{family.key}-{index:02d}.txt"
            pages[name] = (text, items, whole, family.key)
            regions[name] = items + (extra[0] if extra else [])
    for index in range(args.controls):
        page = base_page(rng, prose, "zh" if index % 2 == 0 else "en")
        pages[f"control-{index:02d}.txt"] = (render(page), [], False, "control")
        regions[f"control-{index:02d}.txt"] = []
    page_rules = {family.key: set(family.page_rules) for family in FAMILIES}

    binary = find_binary(args.binary)
    listed = subprocess.run([binary, "rules"], capture_output=True, text=True).stdout.split()
    unknown = sorted({rule for family in FAMILIES for rule in family.rules + family.page_rules if rule not in listed})
    if unknown:
        print(f"unknown rule ids in the family table: {', '.join(unknown)}", file=sys.stderr)
        return 2
    folder = args.keep or tempfile.mkdtemp(prefix="fieldnotes-bench-")
    os.makedirs(folder, exist_ok=True)
    for name, (text, _, _, _) in pages.items():
        with open(os.path.join(folder, name), "w", encoding="utf-8") as handle:
            handle.write(text)
    result = subprocess.run([binary, "check", "--format", "json", "."], cwd=folder, capture_output=True, text=True)
    if result.returncode not in (0, 1):
        print(f"textmend check failed ({result.returncode}): {result.stderr.strip()}", file=sys.stderr)
        return 2
    report = json.loads(result.stdout)
    findings: dict[str, list[dict]] = {name: [] for name in pages}
    for entry in report["files"]:
        findings[os.path.basename(entry["path"])] = entry["findings"]

    rows, details = [], []
    for family in FAMILIES:
        items = detected = 0
        stray = 0
        for name, (text, spans, whole, key) in pages.items():
            if key != family.key:
                continue
            page_findings = findings[name]
            for span in spans:
                items += 1
                hit = [f for f in page_findings if f["rule"] in family.rules
                       and (whole or meets((f["start"]["offset"], f["end"]["offset"]), span))]
                if hit:
                    detected += 1
                elif args.verbose:
                    others = sorted({f["rule"] for f in page_findings if meets((f["start"]["offset"], f["end"]["offset"]), span)})
                    details.append(f"  missed {family.key} {name}: {text[span[0]:span[1]][:60]!r} (other rules: {', '.join(others) or '-'})")
            for f in page_findings:
                where = (f["start"]["offset"], f["end"]["offset"])
                if not whole and f["rule"] not in page_rules[key] and not any(meets(where, span) for span in regions[name]):
                    stray += 1
                    if args.verbose:
                        details.append(f"  stray  {family.key} {name}:{f['start']['line']} [{f['rule']}] {f['excerpt'][:60]!r}")
        true = false = 0
        for name, (text, spans, whole, key) in pages.items():
            for f in findings[name]:
                if f["rule"] not in family.rules:
                    continue
                where = (f["start"]["offset"], f["end"]["offset"])
                # Right when it falls on injected damage (of any family), or is a page-level
                # signal the page's family calls for (a continuation notice makes the text unfinished).
                if whole or f["rule"] in page_rules.get(key, set()) or any(meets(where, span) for span in regions[name]):
                    true += 1
                else:
                    false += 1
                    if args.verbose:
                        details.append(f"  false  {family.key} {name}:{f['start']['line']} [{f['rule']}] {f['excerpt'][:60]!r}")
        rows.append({
            "family": family.key, "name": family.name, "rules": family.rules, "items": items,
            "recall": detected / items if items and family.rules else None,
            "precision": true / (true + false) if true + false else None,
            "findings": true + false, "stray": stray, "note": family.note,
        })
    control_findings = [f"{name}:{f['start']['line']} [{f['rule']}]" for name, (_, _, _, key) in pages.items()
                        if key == "control" for f in findings[name]]

    if args.json:
        print(json.dumps({"seed": args.seed, "pages": args.pages, "families": rows,
                          "controls": {"pages": args.controls, "findings": len(control_findings)}}, ensure_ascii=False, indent=2))
    else:
        print(f"# field-notes benchmark: {args.pages} pages per family, {args.controls} clean controls, seed {args.seed}")
        print(f"{'family':<10} {'recall':>7} {'precision':>9} {'items':>5} {'stray':>5}  damage (rules)")
        for row in rows:
            if not row["rules"]:
                print(f"{row['family']:<10} {'-':>7} {'-':>9} {row['items']:>5} {'':>5}  {row['name']}: not covered ({row['note']})")
                continue
            recall = f"{row['recall']:.0%}" if row["recall"] is not None else "-"
            precision = f"{row['precision']:.0%}" if row["precision"] is not None else "-"
            rules = ", ".join(r.removeprefix(BP) for r in row["rules"])
            print(f"{row['family']:<10} {recall:>7} {precision:>9} {row['items']:>5} {row['stray']:>5}  {row['name']} ({rules})")
        covered = [r for r in rows if r["rules"]]
        total_items = sum(r["items"] for r in covered)
        total_hit = sum(round((r["recall"] or 0) * r["items"]) for r in covered)
        print(f"overall recall {total_hit}/{total_items} = {total_hit / max(total_items, 1):.0%} over {len(covered)} covered families; "
              f"{len(rows) - len(covered)} families not covered; clean controls: {len(control_findings)} findings")
        for line in control_findings[:20]:
            print("  control finding:", line)
    if args.verbose:
        print("\n".join(details))
    if not args.keep:
        for name in pages:
            os.remove(os.path.join(folder, name))
        os.rmdir(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
