#!/usr/bin/env python3
"""summarize.py RESULTS N... -> a Markdown table of medians, ours/Hugo ratios and peak memory."""
import glob
import json
import os
import re
import statistics
import sys


def timings(results, n):
    """{tool: ([wall seconds...], [user+sys seconds, one mean per hyperfine call])} of size n."""
    found = {}
    for path in sorted(glob.glob(os.path.join(results, f"c{n}.json")) + glob.glob(os.path.join(results, f"c{n}-*.json"))):
        for r in json.load(open(path))["results"]:
            wall, cpu = found.setdefault(r["command"], ([], []))
            wall.extend(r["times"])
            cpu.append(r["user"] + r["system"])
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
    print("| Pages | Tool | Runs | Wall median s | Wall min–max s | Pages/s | ÷ Hugo (wall) | CPU s (user+sys) | ÷ Hugo (CPU) | Peak RSS MiB | Output |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for n in sizes:
        t = timings(results, n)
        wall = {tool: statistics.median(v[0]) for tool, v in t.items()}
        cpu = {tool: statistics.mean(v[1]) for tool, v in t.items()}
        for tool in ("ours", "hugo"):
            if tool not in t:
                continue
            v, med = t[tool][0], wall[tool]
            ours = tool != "hugo" and "hugo" in t
            ratio = f"{wall[tool] / wall['hugo']:.2f}" if ours else ""
            cpu_ratio = f"{cpu[tool] / cpu['hugo']:.2f}" if ours else ""
            mem = peak_mib(results, n, tool)
            print(f"| {int(n):,} | {tool} | {len(v)} | {med:.3f} | {min(v):.3f}–{max(v):.3f} | "
                  f"{int(n) / med:,.0f} | {ratio} | {cpu[tool]:.2f} | {cpu_ratio} | {f'{mem:,.0f}' if mem else ''} | {size(results, n, tool)} |")
    versions = os.path.join(results, "versions.txt")
    if os.path.exists(versions):
        print()
        print(open(versions).read().strip())


if __name__ == "__main__":
    main()
