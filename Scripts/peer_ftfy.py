"""Scores textmend's mojibake repair against ftfy on ftfy's own test cases, and times both.

Run through Scripts/peer-ftfy.sh, which prepares the venv, the cases and the binary.
"""
import argparse
import json
import random
import subprocess
import sys
import time

import ftfy
import ftfy.bad_codecs  # noqa: F401  (registers sloppy-windows-1252)


def expected(case):
    return case.get("fixed-encoding", case["fixed"])


def group(case):
    label = case["label"].lower()
    if case["expect"] == "fail":
        return "known ftfy failure"
    if "negative" in label:
        return "negative"
    if label.startswith("synthetic"):
        return "synthetic"
    return "in the wild"


def textmend_fix(binary, texts, unsafe):
    """Repairs every text in one `textmend fix --jsonl` run (mojibake rules only)."""
    records = "".join(json.dumps({"id": i, "text": t}) + "\n" for i, t in enumerate(texts))
    command = [binary, "fix", "--jsonl", "--select", "mojibake"] + (["--unsafe-fixes"] if unsafe else [])
    run = subprocess.run(command, input=records.encode(), capture_output=True, check=False)
    if run.returncode not in (0, 1):
        sys.exit(f"textmend failed: {run.stderr.decode()}")
    out = [json.loads(line) for line in run.stdout.decode().split("\n") if line.strip()]
    return [record["text"] for record in sorted(out, key=lambda r: r["id"])]


def ftfy_fix(case):
    return ftfy.fix_encoding(case["original"]) if "fixed-encoding" in case else ftfy.fix_text(case["original"])


def score_cases(args):
    cases = json.load(open(args.cases, encoding="utf-8"))
    originals = [c["original"] for c in cases]
    safe = textmend_fix(args.textmend, originals, unsafe=False)
    unsafe = textmend_fix(args.textmend, originals, unsafe=True)
    rows = {}
    both = ftfy_only = tm_only = 0
    failures = []
    for case, fixed_safe, fixed_unsafe in zip(cases, safe, unsafe):
        g = group(case)
        row = rows.setdefault(g, [0, 0, 0, 0])
        want = expected(case)
        ok_ftfy = ftfy_fix(case) == want
        ok_safe = fixed_safe == want
        ok_unsafe = fixed_unsafe == want
        row[0] += 1
        row[1] += ok_ftfy
        row[2] += ok_safe
        row[3] += ok_unsafe
        if ok_ftfy and ok_safe:
            both += 1
        elif ok_ftfy:
            ftfy_only += 1
            failures.append((case, fixed_safe))
        elif ok_safe:
            tm_only += 1
    print(f"# ftfy {ftfy.__version__} test_cases.json: {len(cases)} cases")
    print("| group | cases | ftfy | textmend (safe) | textmend (--unsafe-fixes) |")
    print("|---|---:|---:|---:|---:|")
    total = [0, 0, 0, 0]
    for g in ["in the wild", "synthetic", "negative", "known ftfy failure"]:
        if g in rows:
            r = rows[g]
            total = [a + b for a, b in zip(total, r)]
            print(f"| {g} | {r[0]} | {r[1]} | {r[2]} | {r[3]} |")
    print(f"| **all** | {total[0]} | {total[1]} | {total[2]} | {total[3]} |")
    print(f"\nboth pass {both}; ftfy only {ftfy_only}; textmend only {tm_only}")
    if args.verbose:
        for case, got in failures:
            print(f"- {case['label']}: {case['original']!r}\n    want {expected(case)!r}\n    got  {got!r}")


def mojibake_lines(text, share, seed=1):
    """The text with `share` of its non-blank lines encoded as UTF-8 and read as windows-1252."""
    rng = random.Random(seed)
    lines = text.split("\n")
    count = 0
    for i, line in enumerate(lines):
        if line.strip() and rng.random() < share:
            lines[i] = line.encode("utf-8").decode("sloppy-windows-1252")
            count += 1
    return "\n".join(lines), count


def timed(label, size, function, repeat=3):
    best = None
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        elapsed = time.perf_counter() - start
        best = elapsed if best is None else min(best, elapsed)
    print(f"| {label} | {size / 1e6:.1f} MB | {best:.2f} s | {size / 1e6 / best:.1f} MB/s |")
    return size / best


GARBLED = "mojibake,markup,invalid-char"


def speed(args):
    text = open(args.clean, encoding="utf-8").read()
    limit = args.size_mb * 1_000_000
    text = text.encode("utf-8")[:limit].decode("utf-8", errors="ignore")
    clean_path = f"{args.work}/clean.txt"
    damaged, count = mojibake_lines(text, 0.01)
    damaged_path = f"{args.work}/mojibake-1pct.txt"
    open(clean_path, "w", encoding="utf-8").write(text)
    open(damaged_path, "w", encoding="utf-8").write(damaged)
    print(f"\n# speed, one core: {len(text.encode()) / 1e6:.1f} MB clean; {count} lines (1%) mojibaked")
    print("| run | size | best time | speed |")
    print("|---|---:|---:|---:|")
    results = {}
    for name, path, body in [("clean", clean_path, text), ("1% mojibake", damaged_path, damaged)]:
        size = len(body.encode())
        def run_textmend(select=None, path=path):
            command = ["taskset", "-c", "0", args.textmend, "fix", path] + (["--select", select] if select else [])
            subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=False)
        results[(name, "tm-all")] = timed(f"textmend fix (all rules), {name}", size, run_textmend)
        # ftfy's own scope: encodings, entities and markup residue, control characters.
        results[(name, "tm-garbled")] = timed(f"textmend fix --select {GARBLED}, {name}", size, lambda: run_textmend(GARBLED))
        results[(name, "tm")] = timed(f"textmend fix --select mojibake, {name}", size, lambda: run_textmend("mojibake"))
        results[(name, "ftfy")] = timed(f"ftfy.fix_text, {name}", size, lambda body=body: ftfy.fix_text(body), repeat=1)
    for name in ["clean", "1% mojibake"]:
        print(f"\n{name}: textmend (all rules) {results[(name, 'tm-all')] / results[(name, 'ftfy')]:.1f}x ftfy; "
              f"garbled-text rules {results[(name, 'tm-garbled')] / results[(name, 'ftfy')]:.1f}x; "
              f"mojibake rules only {results[(name, 'tm')] / results[(name, 'ftfy')]:.1f}x")
    # How much of the 1% was repaired, and did clean text stay unchanged?
    fixed = subprocess.run([args.textmend, "fix", "--select", "mojibake", damaged_path], capture_output=True).stdout.decode()
    same = subprocess.run([args.textmend, "fix", "--select", "mojibake", clean_path], capture_output=True).stdout.decode()
    restored = sum(1 for a, b in zip(fixed.split("\n"), text.split("\n")) if a == b)
    print(f"\nrepaired text: {restored} of {len(text.split(chr(10)))} lines equal the clean original; "
          f"clean text unchanged by textmend: {same == text}")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--textmend", required=True)
    parser.add_argument("--cases", required=True)
    parser.add_argument("--clean", required=True)
    parser.add_argument("--work", required=True)
    parser.add_argument("--size-mb", type=int, default=20)
    parser.add_argument("--cases-only", action="store_true")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    score_cases(args)
    if not args.cases_only:
        speed(args)


if __name__ == "__main__":
    main()
