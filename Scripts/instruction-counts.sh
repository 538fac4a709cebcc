#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind) of `check` and `fix` on a 4 MB slice of the
# benchmark text: unlike wall-clock speed they do not move with the machine's load, so two
# builds compare exactly. Usage:
#
#   Scripts/instruction-counts.sh [BASELINE_CHECKOUT]
#
# With a second checkout (e.g. a worktree of an older commit) its release textmend-bench is
# built and counted beside this one's. Needs valgrind (apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v valgrind >/dev/null || { echo "instruction-counts: needs valgrind (apt-get install valgrind)" >&2; exit 2; }
dir=${TEXTMEND_BENCH_DIR:-.build/bench}
[ -s "$dir/mixed.txt" ] || Scripts/collect-clean-corpus.sh --bench "$dir" >&2
slice=$(mktemp)
trap 'rm -f "$slice" "$slice".cg' EXIT
# 4 MB, cut after a line end so no character is split.
python3 - "$dir/mixed.txt" "$slice" <<'PY'
import sys
data = open(sys.argv[1], "rb").read(4_000_000)
open(sys.argv[2], "wb").write(data[:data.rfind(b"\n") + 1])
PY
checkouts=("$PWD")
[ $# -ge 1 ] && checkouts+=("$(cd "$1" && pwd)")
echo "# instructions (callgrind, one run) on $(wc -c <"$slice") bytes of $dir/mixed.txt"
for checkout in "${checkouts[@]}"; do
    (cd "$checkout" && swift build -c release --product textmend-bench >&2)
    for mode in check fix; do
        count=$(TEXTMEND_BENCH_RUNS=1 valgrind --tool=callgrind --callgrind-out-file="$slice.cg" \
            "$checkout/.build/release/textmend-bench" "$mode" "$slice" 2>&1 >/dev/null | sed -n 's/.*I *refs: *//p')
        echo "$(git -C "$checkout" rev-parse --short HEAD)	$mode	$count"
    done
done
