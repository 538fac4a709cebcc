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
for mode in floor tokenize decode check check-docs fix; do
    .build/release/textmend-bench "$mode" "$dir/mixed.txt"
done
