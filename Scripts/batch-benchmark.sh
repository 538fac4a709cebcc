#!/usr/bin/env bash
# Batch speed and memory: `check` and `fix --out` over a folder of generated documents with
# 1 and 2 jobs (files/s, MB/s, speed-up, peak memory), the same corpus as JSON Lines through
# `check --jsonl` and `fix --jsonl`, and peak memory on a larger folder (default four times
# larger; memory must stay flat: the walk streams). Documents are mixed Chinese/English
# scraped-looking text of 1-8 kB, about half of them damaged (zero-width spaces, half-width
# punctuation, site chrome, promo footers, repeated titles).
# Usage: Scripts/batch-benchmark.sh [FILES [BIG]]   (default 10000 and 4 × FILES)
#        Scripts/batch-benchmark.sh --memory [FILES [BIG]]   only peak memory of `check` and
#        `fix --out` on FILES and on BIG files (load-independent; no timing runs).
# The larger folder is made of hard-linked copies of the generated one (cheap even for
# 100,000 files), each copy in its own subfolder.
set -euo pipefail
cd "$(dirname "$0")/.."
memory_only=false
if [ "${1:-}" = "--memory" ]; then memory_only=true; shift; fi
files=${1:-10000}
big_files=${2:-$((files * 4))}
dir=${TEXTMEND_BATCH_BENCH_DIR:-.build/batch-bench}
# `fix --out` writes to memory (tmpfs) when it can, so the disk's speed is not what is measured.
out=${TEXTMEND_BATCH_OUT:-$( [ -d /dev/shm ] && echo /dev/shm/textmend-batch-out || echo "$dir/out" )}
swift build -c release --product textmend >&2
tm=$PWD/.build/release/textmend

generate() {  # generate FOLDER COUNT JSONL
    python3 - "$@" <<'PY'
import json, os, random, sys
folder, count, jsonl = sys.argv[1], int(sys.argv[2]), sys.argv[3]
rng = random.Random(7)
zh = ("学习 贯彻 会议 精神 推进 城市 公交 线路 改革 经济 社会 文化 教育 科技 创新 环境 保护 人民 生活 发展 "
      "建设 管理 服务 安全 质量 我们 他们 已经 正在 通过 进一步 全面 深入 加强 提高 完善 落实 工作 问题").split()
en = ("the of and to in is was for on that with as by at from this be are have it not or which an their "
      "pool connection server database query latency request memory cache index replica").split()
def zh_paragraph():
    text = "".join(rng.choice(zh) + ("，" if rng.random() < 0.12 else "") for _ in range(rng.randint(20, 90)))
    return text.rstrip("，") + "。"
def en_paragraph():
    sentences = []
    for _ in range(rng.randint(2, 6)):
        words = [rng.choice(en) for _ in range(rng.randint(8, 20))]
        sentences.append(" ".join(words).capitalize() + ".")
    return " ".join(sentences)
with open(jsonl, "w", encoding="utf-8") as records:
    for index in range(count):
        title = "".join(rng.choice(zh) for _ in range(rng.randint(3, 7)))
        paragraphs = [zh_paragraph() if rng.random() < 0.7 else en_paragraph() for _ in range(rng.randint(2, 14))]
        damage = rng.random()
        if damage < 0.15:
            i = rng.randrange(len(paragraphs)); p = paragraphs[i]; cut = rng.randint(1, len(p) - 1)
            paragraphs[i] = p[:cut] + "\u200b" + p[cut:]
        elif damage < 0.25:
            i = rng.randrange(len(paragraphs)); paragraphs[i] = paragraphs[i].replace("，", ",", 1)
        elif damage < 0.35:
            paragraphs.insert(0, title)
        elif damage < 0.45:
            paragraphs.append("扫描二维码关注我们的公众号，获取更多精彩内容")
        elif damage < 0.5:
            paragraphs.insert(0, f"首页 > 新闻中心 > 正文\n发布时间：2024-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}  浏览：{rng.randint(1, 9999)}次")
        text = title + "\n\n" + "\n\n".join(paragraphs) + "\n"
        sub = os.path.join(folder, f"{index // 1000:03d}")
        os.makedirs(sub, exist_ok=True)
        with open(os.path.join(sub, f"{index:06d}.txt"), "w", encoding="utf-8") as out:
            out.write(text)
        records.write(json.dumps({"id": index, "text": text, "source": "bench"}, ensure_ascii=False) + "\n")
PY
}

[ -s "$dir/docs.jsonl" ] && [ "$(ls "$dir"/docs/*/ | grep -c txt)" = "$files" ] || { rm -rf "$dir"; mkdir -p "$dir"; generate "$dir/docs" "$files" "$dir/docs.jsonl"; }
bytes=$(cat "$dir"/docs/*/*.txt | wc -c)
jsonl_bytes=$(wc -c < "$dir/docs.jsonl")

# measure COMMAND…: best wall time of 3 runs, the peak resident memory and the CPU time
# (user + system) of the best run, as "seconds kB cpu-seconds". On a busy machine the CPU
# time says more than the wall time.
measure() {
    local best="" peak=0 cpu=""
    for _ in 1 2 3; do
        rm -rf "$out"
        /usr/bin/time -f "%e %M %U %S" -o "$dir/time" "$@" > /dev/null 2> "$dir/stderr" || [ $? -eq 1 ]
        read -r seconds kb user system < <(tail -1 "$dir/time")  # after "Command exited with non-zero status 1"
        if [ -z "$best" ] || awk "BEGIN{exit !($seconds < $best)}"; then
            best=$seconds
            cpu=$(awk -v u="$user" -v s="$system" 'BEGIN{print u + s}')
        fi
        [ "$kb" -gt "$peak" ] && peak=$kb
    done
    echo "$best $peak $cpu"
}
row() {  # row LABEL SECONDS KB CPU BYTES COUNT UNIT
    awk -v l="$1" -v s="$2" -v k="$3" -v c="$4" -v b="$5" -v n="$6" -v u="$7" 'BEGIN {
        printf "%-26s %6.2f s %7.0f %s/s %6.1f MB/s %6.1f MB peak %6.2f s CPU\n", l, s, n / s, u, b / s / 1e6, k / 1024, c }'
}

# The larger folder: ceil(BIG / FILES) hard-linked copies, the last one cut to size.
big="$dir/big-$big_files"
if [ ! -d "$big" ]; then
    rm -rf "$dir"/big-*
    mkdir -p "$big"
    copy=0 left=$big_files
    while [ "$left" -gt 0 ]; do
        copy=$((copy + 1))
        cp -rl "$dir/docs" "$big/copy$copy"
        if [ "$left" -lt "$files" ]; then
            find "$big/copy$copy" -name '*.txt' | sort | tail -n +"$((left + 1))" | xargs rm -f
        fi
        left=$((left - files))
    done
fi
big_bytes=$(find "$big" -name '*.txt' -print0 | du -cbl --files0-from=- | tail -1 | cut -f1)

# peak COMMAND…: the peak resident memory in kB of one run.
peak() {
    rm -rf "$out"
    /usr/bin/time -f "%M" -o "$dir/time" "$@" > /dev/null 2> "$dir/stderr" || [ $? -eq 1 ]
    tail -1 "$dir/time"
}

if $memory_only; then
    echo "# $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, uptime:$(uptime | sed 's/.*up/ up/')"
    echo "# peak memory (resident set), one run each; -j 2"
    for folder in "$dir/docs:$files" "$big:$big_files"; do
        path=${folder%:*} count=${folder#*:}
        printf "check      %7d files  %6.1f MB peak\n" "$count" "$(awk -v k="$(peak "$tm" check -j 2 "$path")" 'BEGIN{print k/1024}')"
        printf "fix --out  %7d files  %6.1f MB peak\n" "$count" "$(awk -v k="$(peak "$tm" fix -q -j 2 --out "$out" "$path")" 'BEGIN{print k/1024}')"
    done
    rm -rf "$out"
    exit 0
fi

echo "# $(date -u +%Y-%m-%d) $(nproc) cores, load average $(cut -d' ' -f1 /proc/loadavg) before the run; $files files, $(awk -v b="$bytes" 'BEGIN{printf "%.1f", b/1e6}') MB; JSONL $(awk -v b="$jsonl_bytes" 'BEGIN{printf "%.1f", b/1e6}') MB"
echo "# fix --out writes to $out"
echo "# mode                         best of 3      rate           speed        memory"
declare -A took
for jobs in 1 2; do
    read -r s k c < <(measure "$tm" check -j "$jobs" "$dir/docs");        row "check -j $jobs" "$s" "$k" "$c" "$bytes" "$files" files; took[check$jobs]=$s
    read -r s k c < <(measure "$tm" fix -q -j "$jobs" --out "$out" "$dir/docs"); row "fix --out -j $jobs" "$s" "$k" "$c" "$bytes" "$files" files; took[fix$jobs]=$s
done
awk -v a="${took[check1]}" -v b="${took[check2]}" -v c="${took[fix1]}" -v d="${took[fix2]}" \
    'BEGIN { printf "speed-up with 2 jobs: check %.2fx, fix --out %.2fx\n", a / b, c / d }'
read -r s k c < <(measure sh -c "'$tm' check --jsonl -j 2 < '$dir/docs.jsonl'"); row "check --jsonl -j 2" "$s" "$k" "$c" "$jsonl_bytes" "$files" records
read -r s k c < <(measure sh -c "'$tm' fix --jsonl -q -j 2 < '$dir/docs.jsonl'"); row "fix --jsonl -j 2" "$s" "$k" "$c" "$jsonl_bytes" "$files" records

# Flat memory: the larger folder (hard links, so no extra disk).
read -r s k c < <(measure "$tm" check -j 2 "$big"); row "check -j 2, $big_files files" "$s" "$k" "$c" "$big_bytes" "$big_files" files
rm -rf "$out"
