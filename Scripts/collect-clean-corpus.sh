#!/usr/bin/env bash
# Build textmend's clean prose corpus from Debian documentation packages.
#
#   Scripts/collect-clean-corpus.sh [--bench DIR] [--no-install]
#
# Writes (deterministically, for given package versions):
#   Tests/Corpus/clean/zh/*.txt   Simplified Chinese prose sample (committed)
#   Tests/Corpus/clean/en/*.txt   English prose sample (committed)
#   Tests/Corpus/NOTICE.md        sources, licences, how to regenerate
# and, with --bench DIR (or TEXTMEND_BENCH_DIR=DIR):
#   DIR/mixed.txt                 >= 22 MB of interleaved zh/en documents for
#                                 the speed benchmark (not committed)
#
# Missing packages are installed with apt-get (needs root).  If dpkg is set
# to leave out /usr/share/doc (path-exclude), the packages are unpacked into
# a cache directory instead.  Python 3 standard library only.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SCRIPTS="$ROOT/Scripts"
OUT="$ROOT/Tests/Corpus/clean"
NOTICE="$ROOT/Tests/Corpus/NOTICE.md"
BENCH_DIR="${TEXTMEND_BENCH_DIR:-}"
INSTALL=1

usage() { sed -n '2,16p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

while [ $# -gt 0 ]; do
    case "$1" in
        --bench) [ $# -ge 2 ] || { usage >&2; exit 2; }; BENCH_DIR="$2"; shift 2 ;;
        --bench=*) BENCH_DIR="${1#--bench=}"; shift ;;
        --no-install) INSTALL=0; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "unknown argument: $1" >&2; usage >&2; exit 2 ;;
    esac
done

PACKAGES=(
    debian-handbook
    debian-reference-zh-cn
    debian-reference-en
    maint-guide-zh-cn
    maint-guide
    debian-faq-zh-cn
    debian-faq
    developers-reference
)
# One file from each package, to check that its documents are on disk.
PROBES=(
    doc/debian-handbook/html/zh-CN/index.html
    debian-reference/ch01.zh-cn.html
    debian-reference/ch01.en.html
    doc/maint-guide-zh-cn/html/first.zh-cn.html
    doc/maint-guide/html/first.en.html
    doc/debian/FAQ/zh-cn/basic-defs.zh-cn.html
    doc/debian/FAQ/basic-defs.en.html
    developers-reference/pkgs.html
)

PYTHON="$(command -v python3 || true)"
[ -n "$PYTHON" ] || { echo "python3 is required" >&2; exit 1; }

as_root() {
    if [ "$(id -u)" -eq 0 ]; then "$@"
    elif command -v sudo >/dev/null 2>&1; then sudo "$@"
    else echo "need root to run: $*" >&2; return 1
    fi
}

export DEBIAN_FRONTEND=noninteractive
missing=()
for p in "${PACKAGES[@]}"; do
    if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
        missing+=("$p")
    fi
done
if [ ${#missing[@]} -gt 0 ]; then
    [ "$INSTALL" -eq 1 ] || { echo "missing packages: ${missing[*]}" >&2; exit 1; }
    echo "installing: ${missing[*]}"
    as_root apt-get update -qq >/dev/null
    as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# Are the documents really on disk?  (dpkg path-exclude may drop them.)
DOC_ROOT=/usr/share
absent=()
for i in "${!PACKAGES[@]}"; do
    [ -f "$DOC_ROOT/${PROBES[$i]}" ] || absent+=("${PACKAGES[$i]}")
done
if [ ${#absent[@]} -gt 0 ]; then
    CACHE="${XDG_CACHE_HOME:-$HOME/.cache}/textmend-corpus"
    echo "documents not installed on disk (dpkg path-exclude?): unpacking into $CACHE"
    mkdir -p "$CACHE/debs" "$CACHE/root"
    (
        cd "$CACHE/debs"
        for p in "${PACKAGES[@]}"; do
            ls "${p}"_*.deb >/dev/null 2>&1 || apt-get download -qq -o APT::Sandbox::User=root "$p" >/dev/null
        done
        for deb in ./*.deb; do dpkg-deb -x "$deb" "$CACHE/root"; done
    )
    DOC_ROOT="$CACHE/root/usr/share"
    for i in "${!PACKAGES[@]}"; do
        [ -f "$DOC_ROOT/${PROBES[$i]}" ] || { echo "cannot find ${PROBES[$i]}" >&2; exit 1; }
    done
fi
export TEXTMEND_DOC_ROOT="$DOC_ROOT"

echo "writing the sample to ${OUT#"$ROOT"/}"
mkdir -p "$OUT/zh" "$OUT/en"
"$PYTHON" "$SCRIPTS/extract_prose.py" sample "$OUT" "$NOTICE"
echo "sanity statistics:"
"$PYTHON" "$SCRIPTS/extract_prose.py" stats "$OUT/zh" "$OUT/en"

if [ -n "$BENCH_DIR" ]; then
    mkdir -p "$BENCH_DIR"
    echo "writing the benchmark text"
    "$PYTHON" "$SCRIPTS/extract_prose.py" bench "$BENCH_DIR/mixed.txt"
fi
