"""Detection accuracy of textmend, chardet and charset-normalizer on short samples.

Run through Scripts/detect-encodings.sh.
"""
import argparse
import glob
import json
import os
import random
import shutil
import subprocess

import chardet
import charset_normalizer
import opencc

# A few sentences per language the clean corpus lacks (written for this script).
JAPANESE = [
    "日本語のテキストを正しく表示するためには、文字コードの設定がとても重要です。",
    "東京の天気は明日から少しずつ回復して、週末には晴れる見込みだと発表されました。",
    "このソフトウェアは自由に使うことができますが、保証は一切ありませんのでご注意ください。",
    "図書館で借りた本を読み終えたので、来週の月曜日までに返却しなければなりません。",
    "新しいサーバーの設定が終わったら、すぐにバックアップの仕組みを確認してください。",
]
KOREAN = [
    "한국어 텍스트를 올바르게 표시하려면 문자 인코딩 설정이 매우 중요합니다.",
    "서울의 날씨는 내일부터 조금씩 좋아져서 주말에는 맑을 것으로 예상됩니다.",
    "이 프로그램은 자유롭게 사용할 수 있지만 어떠한 보증도 제공하지 않습니다.",
    "도서관에서 빌린 책을 다 읽었기 때문에 다음 주 월요일까지 반납해야 합니다.",
    "새 서버 설정이 끝나면 바로 백업 방식이 제대로 동작하는지 확인해 주세요.",
]
RUSSIAN = [
    "Русский текст в этой кодировке должен определяться правильно и без ошибок.",
    "Погода в Москве начнёт постепенно улучшаться с завтрашнего дня, сообщили синоптики.",
    "Эту программу можно свободно использовать, но никаких гарантий не предоставляется.",
    "Книгу из библиотеки нужно вернуть до следующего понедельника, иначе будет штраф.",
    "После настройки нового сервера обязательно проверьте, как работает резервное копирование.",
]

FAMILIES = {
    "gbk": {"gb2312", "gbk", "gb18030", "cp936", "windows-936"},
    "big5": {"big5", "big5-hkscs", "big5hkscs", "cp950", "windows-950"},
    "shift_jis": {"shift_jis", "shift-jis", "cp932", "windows-31j", "sjis", "ms932"},
    "euc-jp": {"euc-jp", "euc_jp", "eucjp"},
    "euc-kr": {"euc-kr", "euc_kr", "cp949", "windows-949", "uhc"},
    "koi8-r": {"koi8-r", "koi8_r"},
    "windows-1251": {"windows-1251", "cp1251"},
}


def same(expected, found):
    found = (found or "").lower().replace("_", "-")
    return any(found == name.replace("_", "-") for name in FAMILIES[expected])


def cut(data, size, codec):
    """The longest prefix of the encoded text of at most `size` bytes that is whole characters."""
    text = data
    while len(text.encode(codec, errors="ignore")) > size:
        text = text[:-1]
    return text.encode(codec, errors="ignore")


def samples(size, count):
    rng = random.Random(7)
    lines = []
    for path in sorted(glob.glob("Tests/Corpus/clean/zh/*")):
        for line in open(path, encoding="utf-8"):
            line = line.strip()
            if len(line.encode("gbk", errors="ignore")) >= size and sum("\u4e00" <= c <= "\u9fff" for c in line) > len(line) / 2:
                lines.append(line)
    rng.shuffle(lines)
    traditional = opencc.OpenCC("s2t")
    out = []
    for line in lines[:count]:
        out.append(("gbk", cut(line, size, "gbk")))
    for line in lines[count:2 * count]:
        out.append(("big5", cut(traditional.convert(line), size, "big5")))
    for text in JAPANESE:
        out.append(("shift_jis", cut(text, size, "shift_jis")))
        out.append(("euc-jp", cut(text, size, "euc_jp")))
    for text in KOREAN:
        out.append(("euc-kr", cut(text, size, "euc_kr")))
    for text in RUSSIAN:
        out.append(("koi8-r", cut(text, size, "koi8_r")))
        out.append(("windows-1251", cut(text, size, "cp1251")))
    return out


def textmend_detect(binary, work, items):
    folder = os.path.join(work, "detect-samples")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    for index, (_, data) in enumerate(items):
        open(os.path.join(folder, f"{index:04d}.txt"), "wb").write(data)
    run = subprocess.run([binary, "check", "--format", "json", "--select", "markup", folder], capture_output=True)
    found = {}
    for entry in json.loads(run.stdout.decode())["files"]:
        found[int(os.path.basename(entry["path"])[:4])] = entry["encoding"]
    return [found.get(index) for index in range(len(items))]


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--textmend", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--count", type=int, default=100)
    args = parser.parse_args()
    items = samples(args.size, args.count)
    tm = textmend_detect(args.textmend, args.work, items)
    rows = {}
    for index, (expected, data) in enumerate(items):
        row = rows.setdefault(expected, [0, 0, 0, 0])
        row[0] += 1
        row[1] += same(expected, tm[index])
        row[2] += same(expected, chardet.detect(data)["encoding"])
        best = charset_normalizer.from_bytes(data).best()
        row[3] += same(expected, best.encoding if best else None)
    print(f"# charset detection on ~{args.size}-byte samples (chardet {chardet.__version__}, "
          f"charset-normalizer {charset_normalizer.__version__})")
    print("| charset | samples | textmend | chardet | charset-normalizer |")
    print("|---|---:|---:|---:|---:|")
    total = [0, 0, 0, 0]
    for name, row in rows.items():
        total = [a + b for a, b in zip(total, row)]
        print(f"| {name} | {row[0]} | {row[1]} | {row[2]} | {row[3]} |")
    print(f"| **all** | {total[0]} | {total[1]} | {total[2]} | {total[3]} |")


if __name__ == "__main__":
    main()
