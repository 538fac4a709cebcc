#!/usr/bin/env bash
# Speed and memory of `check` and `fix` beside the raw ICU word-break floor, on ≥ 20 MB of
# mixed Chinese/English clean prose built from Debian documentation (Scripts/collect-clean-corpus.sh).
# Each mode runs in its own process so its peak memory is its own. Usage: Scripts/benchmark.sh
set -euo pipefail
cd "$(dirname "$0")/.."
dir=${TEXTMEND_BENCH_DIR:-.build/bench}
[ -s "$dir/mixed.txt" ] || Scripts/collect-clean-corpus.sh --bench "$dir" >&2
swift build -c release --product textmend-bench >&2
echo "# $(date -u +%Y-%m-%d) $(nproc) cores, $(swift --version 2>/dev/null | head -1)"
echo "# mode  size  best-of-3  speed  peak memory"
# check-lexicon: `check --strip-terms party-filter` (the built-in strip lexicon ranks terms at each gap).
for mode in floor tokenize decode check check-lexicon check-docs fix; do
    .build/release/textmend-bench "$mode" "$dir/mixed.txt"
done

# A 52 MB document (the text repeated), as lines and as one line: peak memory must stay
# bounded (a few times the input), through the CLI as users run it.
swift build -c release --product textmend >&2
for shape in lines one-line; do
    big="$dir/big-$shape.txt"
    [ -s "$big" ] || python3 - "$dir/mixed.txt" "$big" "$shape" <<'PY'
import sys
data = open(sys.argv[1], "rb").read()
big = (data * (52_000_000 // len(data) + 1))[:52_000_000].decode("utf-8", "ignore")
open(sys.argv[2], "w", encoding="utf-8").write(big if sys.argv[3] == "lines" else big.replace("\n", ""))
PY
    for command in check fix; do
        /usr/bin/time -f "$command 52 MB ($shape)	%e s	peak %M KB" .build/release/textmend "$command" "$big" >/dev/null 2>/tmp/textmend-bench-time.$$ || true
        tail -1 /tmp/textmend-bench-time.$$
    done
done
rm -f /tmp/textmend-bench-time.$$
