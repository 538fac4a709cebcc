#!/usr/bin/env bash
# textmend in a Spark pipeline (pyspark, local mode): a sharded JSON Lines corpus is learned
# map-reduce style (RDD.pipe into `textmend learn` per partition, then `textmend learn
# --merge`) and repaired by RDD.pipe into `textmend fix --jsonl --model`; the result is
# compared byte for byte with one textmend process over the same corpus.
# Needs Java 17+ and `pip install pyspark`. Usage: Scripts/spark-demo.sh [SHARDS RECORDS]
set -euo pipefail
cd "$(dirname "$0")/.."
shards=${1:-8} records=${2:-2500}
work=${TEXTMEND_SPARK_DIR:-.build/spark-demo}
rm -rf "$work" && mkdir -p "$work"
swift build -c release --product textmend >&2
textmend=$PWD/.build/release/textmend

python3 Scripts/spark-demo.py generate "$work/corpus" "$shards" "$records"
echo "corpus: $shards shards, $((shards * records)) records, $(du -sh "$work/corpus" | cut -f1)"

python3 Scripts/spark-demo.py run "$textmend" "$PWD/$work/corpus" "$PWD/$work/spark"

# The same in one process: learn everything at once, then fix the shards in order.
"$textmend" learn -q --jsonl "$work"/corpus/shard-*.jsonl -o "$work/model.json"
cmp <(sed 's/"normalization".*//' "$work/model.json") <(sed 's/"normalization".*//' "$work/spark/model.json") \
    && echo "model: merged partition models == one learn over the corpus"
cat "$work"/corpus/shard-*.jsonl | "$textmend" fix --jsonl -q --model "$work/model.json" > "$work/single.jsonl"
cat "$work"/spark/fixed/part-* > "$work/spark.jsonl"
if cmp -s "$work/single.jsonl" "$work/spark.jsonl"; then
    echo "output: Spark RDD.pipe == one process ($(wc -l < "$work/single.jsonl") records, $(du -h "$work/single.jsonl" | cut -f1))"
else
    echo "output differs: diff $work/single.jsonl $work/spark.jsonl" >&2
    exit 1
fi
python3 - "$work/single.jsonl" <<'PY'
import json, sys
fixed = changed = 0
for line in open(sys.argv[1], encoding="utf-8"):
    report = json.loads(line)["textmend"]
    fixed += report["fixed"]
    changed += report["fixed"] > 0
print(f"repairs: {fixed} fixes in {changed} records")
PY
