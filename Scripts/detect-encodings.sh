#!/usr/bin/env bash
# Charset detection on short samples (about 100 bytes): textmend beside chardet and
# charset-normalizer, on the same bytes. Chinese samples come from the committed clean
# corpus (simplified → GBK; converted to traditional with OpenCC → Big5); Japanese, Korean
# and Russian ones are a few sentences in the script. The Python tools live in a throwaway
# venv; the product has no Python dependency. Usage: Scripts/detect-encodings.sh [BYTES]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${TEXTMEND_PEER_DIR:-.build/peer-ftfy}
mkdir -p "$work"
[ -x "$work/venv/bin/python" ] || python3 -m venv "$work/venv"
"$work/venv/bin/pip" install -q chardet charset-normalizer opencc-python-reimplemented >&2
swift build -c release --product textmend >&2
exec "$work/venv/bin/python" Scripts/detect_encodings.py --textmend .build/release/textmend --work "$work" "$@"
