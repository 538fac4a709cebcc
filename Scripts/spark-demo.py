"""textmend inside Spark: learn a corpus model map-reduce style and repair a sharded JSON
Lines corpus with RDD.pipe, in local mode. Run by Scripts/spark-demo.sh.

Usage: spark-demo.py generate DIR SHARDS RECORDS   write DIR/shard-NN.jsonl
       spark-demo.py run TEXTMEND CORPUS WORK     learn (map: pipe per partition; reduce:
                                                  textmend learn --merge) and fix via pipe
"""
import glob
import json
import os
import random
import subprocess
import sys
import time


def generate(folder, shards, records):
    """Deterministic scraped-looking records: site chrome on some, zero-width spaces and
    promo footers on others, other fields that must pass through untouched."""
    rng = random.Random(20240501)
    words = ("学习 贯彻 会议 精神 推进 城市 公交 线路 改革 经济 社会 文化 教育 科技 创新 环境 保护 "
             "人民 生活 发展 建设 管理 服务 安全 质量").split()
    os.makedirs(folder, exist_ok=True)
    number = 0
    for shard in range(shards):
        with open(os.path.join(folder, f"shard-{shard:02d}.jsonl"), "w", encoding="utf-8") as out:
            for _ in range(records):
                paragraphs = []
                for _ in range(rng.randint(2, 5)):
                    sentence = "".join(rng.choice(words) for _ in range(rng.randint(15, 40)))
                    if rng.random() < 0.2:
                        cut = rng.randint(1, len(sentence) - 1)
                        sentence = sentence[:cut] + "\u200b" + sentence[cut:]
                    paragraphs.append(sentence + "。")
                head = f"网站首页 > 新闻中心 > 正文\n浏览次数：{rng.randint(1, 9999)}\n\n" if rng.random() < 0.4 else ""
                foot = "\n\n扫描二维码关注我们的公众号\n本站文章均来自网络，如有侵权请联系删除" if rng.random() < 0.3 else ""
                record = {"id": number, "text": head + "\n\n".join(paragraphs) + foot + "\n",
                          "url": f"https://example.org/{number}", "lang": "zh"}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                number += 1


def run(textmend, corpus, work):
    from pyspark import SparkConf, SparkContext

    os.makedirs(work, exist_ok=True)
    conf = (SparkConf().setMaster("local[2]").setAppName("textmend-demo").set("spark.ui.enabled", "false")
            .set("spark.ui.showConsoleProgress", "false"))
    sc = SparkContext(conf=conf)
    sc.setLogLevel("ERROR")
    shards = sorted(glob.glob(os.path.join(corpus, "shard-*.jsonl")))
    records = sc.textFile(",".join(shards))
    print(f"spark {sc.version}, {records.getNumPartitions()} partitions over {len(shards)} shard files")

    # Map: every partition learns its own model (every count kept); reduce: models add up.
    started = time.time()
    models = (records.pipe(f"{textmend} learn --jsonl --prune 1 -q")
              .glom().map(lambda lines: "\n".join(lines)).filter(bool).collect())
    paths = []
    for index, model in enumerate(models):
        paths.append(os.path.join(work, f"partition-{index:03d}.model.json"))
        with open(paths[-1], "w", encoding="utf-8") as out:
            out.write(model + "\n")
    model = os.path.join(work, "model.json")
    subprocess.run([textmend, "learn", "-q", "--merge", *paths, "-o", model], check=True)
    print(f"learned {len(paths)} partition models and merged them in {time.time() - started:.1f} s")

    # Repair: RDD.pipe through textmend fix --jsonl with the merged model.
    started = time.time()
    output = os.path.join(work, "fixed")
    records.pipe(f"{textmend} fix --jsonl -q --model {model}").saveAsTextFile(output)
    print(f"repaired with RDD.pipe in {time.time() - started:.1f} s -> {output}/part-*")
    sc.stop()


if __name__ == "__main__":
    if sys.argv[1] == "generate":
        generate(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    else:
        run(*sys.argv[2:5])
