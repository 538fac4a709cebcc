#!/usr/bin/env bash
# Peer suite: textmend's mojibake repair beside ftfy, the best-known mojibake fixer.
#
# Fetches ftfy's source distribution with pip at run time (its tests/test_cases.json holds
# real-world, negative, synthetic and known-failure cases; nothing of it is committed),
# runs `textmend fix --select mojibake` on every case, and scores both tools against the
# `fixed-encoding` expectation where a case gives one, else `fixed`. Then times `fix` on
# ~20 MB of clean text and on the same text with 1% of its lines mojibaked, against
# `ftfy.fix_text`. ftfy lives in a throwaway venv; the product has no Python dependency.
#
# Usage: Scripts/peer-ftfy.sh [--cases-only] [--size-mb N]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${TEXTMEND_PEER_DIR:-.build/peer-ftfy}
mkdir -p "$work"
if [ ! -x "$work/venv/bin/python" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install -q ftfy >&2
fi
if [ ! -s "$work/test_cases.json" ]; then
    tmp=$(mktemp -d)
    "$work/venv/bin/pip" download -q --no-deps --no-binary :all: ftfy -d "$tmp" >&2
    tar -xzf "$tmp"/ftfy-*.tar.gz -C "$tmp"
    cp "$tmp"/ftfy-*/tests/test_cases.json "$work/test_cases.json"
    rm -rf "$tmp"
fi
swift build -c release --product textmend >&2
# The same text as Scripts/benchmark.sh and Scripts/instruction-counts.sh.
bench=${TEXTMEND_BENCH_DIR:-.build/bench}
[ -s "$bench/mixed.txt" ] || Scripts/collect-clean-corpus.sh --bench "$bench" >&2
exec "$work/venv/bin/python" Scripts/peer_ftfy.py --textmend .build/release/textmend \
    --cases "$work/test_cases.json" --clean "$bench/mixed.txt" --work "$work" "$@"
