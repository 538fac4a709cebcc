#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind) of `check` and `fix` on a 4 MB slice of the
# benchmark text, of `check` on the same slice as ~480 small documents (textmend-bench
# check-docs: per-document costs that one large document hides), and of `fix` on the slice
# with 1% of its lines mojibaked (as
# Scripts/peer_ftfy.py damages the ftfy comparison's text: UTF-8 read as windows-1252), where
# `fix` edits and re-checks: unlike wall-clock speed they do not move with the machine's load,
# so two builds compare exactly. Usage:
#
#   Scripts/instruction-counts.sh [BASELINE_CHECKOUT]
#
# (textmend-bench before session 6 ran check-docs three times whatever TEXTMEND_BENCH_RUNS said:
# an older baseline's check-docs count is three runs.)
# With a second checkout (e.g. a worktree of an older commit) its release textmend-bench is
# built and counted beside this one's. Needs valgrind (apt-get install valgrind).
set -euo pipefail
# A fixed hash seed: with Swift's random one, two runs of one build differ by 1-3 M.
export SWIFT_DETERMINISTIC_HASHING=1
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instruction-counts: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
dir=${TEXTMEND_BENCH_DIR:-.build/bench}
[ -s "$dir/mixed.txt" ] || Scripts/collect-clean-corpus.sh --bench "$dir" >&2
slice=$(mktemp)
trap 'rm -f "$slice" "$slice".cg "$slice".mojibake' EXIT
# 4 MB, cut after a line end so no character is split.
python3 - "$dir/mixed.txt" "$slice" <<'PY'
import sys
data = open(sys.argv[1], "rb").read(4_000_000)
open(sys.argv[2], "wb").write(data[:data.rfind(b"\n") + 1])
PY
# 1% of the non-blank lines as UTF-8 read as windows-1252 (bytes it leaves undefined read as
# Latin-1, like ftfy's "sloppy-windows-1252"), chosen as peer_ftfy.py chooses them.
python3 - "$slice" "$slice.mojibake" <<'PY'
import random, sys
def sloppy(data):
    return "".join(chr(b) if b in (0x81, 0x8D, 0x8F, 0x90, 0x9D) else bytes([b]).decode("cp1252") for b in data)
rng = random.Random(1)
lines = open(sys.argv[1], encoding="utf-8").read().split("\n")
for i, line in enumerate(lines):
    if line.strip() and rng.random() < 0.01:
        lines[i] = sloppy(line.encode("utf-8"))
open(sys.argv[2], "w", encoding="utf-8").write("\n".join(lines))
PY
checkouts=("$PWD")
[ $# -ge 1 ] && checkouts+=("$(cd "$1" && pwd)")
echo "# instructions (callgrind, one run) on $(wc -c <"$slice") bytes of $dir/mixed.txt"
for checkout in "${checkouts[@]}"; do
    (cd "$checkout" && swift build -c release --product textmend-bench >&2)
    for run in "check $slice" "check-docs $slice" "fix $slice" "fix $slice.mojibake"; do
        set -- $run
        count=$(TEXTMEND_BENCH_RUNS=1 valgrind --tool=callgrind --callgrind-out-file="$slice.cg" \
            "$checkout/.build/release/textmend-bench" "$1" "$2" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p')
        label=$1; [ "$2" = "$slice.mojibake" ] && label="$1 (1% mojibake)"
        echo "$(git -C "$checkout" rev-parse --short HEAD)	$label	$count"
    done
done
