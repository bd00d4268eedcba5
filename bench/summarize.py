#!/usr/bin/env python3
"""summarize.py RESULTS N... -> a Markdown table of medians, ours/Hugo ratios and peak memory."""
import glob
import json
import os
import re
import statistics
import sys


def timings(results, n):
    """{tool: [seconds...]} merged from every hyperfine JSON of size n."""
    found = {}
    for path in sorted(glob.glob(os.path.join(results, f"c{n}.json")) + glob.glob(os.path.join(results, f"c{n}-*.json"))):
        for r in json.load(open(path))["results"]:
            found.setdefault(r["command"], []).extend(r["times"])
    return found


def peak_mib(results, n, tool):
    values = []
    for path in glob.glob(os.path.join(results, f"c{n}-{tool}-*.time")):
        m = re.search(r"Maximum resident set size \(kbytes\): (\d+)", open(path).read())
        if m:
            values.append(int(m.group(1)) / 1024)
    return statistics.median(values) if values else None


def size(results, n, tool):
    path = os.path.join(results, f"c{n}-{tool}.size")
    return open(path).read().strip() if os.path.exists(path) else ""


def main():
    results, sizes = sys.argv[1], sys.argv[2:]
    print("| Pages | Tool | Runs | Median s | Min–max s | Pages/s | Ours ÷ Hugo | Peak RSS MiB | Output |")
    print("|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        t = timings(results, n)
        medians = {tool: statistics.median(v) for tool, v in t.items()}
        for tool in ("ours", "hugo"):
            if tool not in t:
                continue
            v, med = t[tool], medians[tool]
            ratio = f"{medians['ours'] / medians['hugo']:.2f}" if tool == "ours" and "hugo" in medians else ""
            mem = peak_mib(results, n, tool)
            print(f"| {int(n):,} | {tool} | {len(v)} | {med:.3f} | {min(v):.3f}–{max(v):.3f} | "
                  f"{int(n) / med:,.0f} | {ratio} | {f'{mem:,.0f}' if mem else ''} | {size(results, n, tool)} |")
    versions = os.path.join(results, "versions.txt")
    if os.path.exists(versions):
        print()
        print(open(versions).read().strip())


if __name__ == "__main__":
    main()
