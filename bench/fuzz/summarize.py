#!/usr/bin/env python3
"""Sums the per-case lines of one or more fuzz runs (bench/fuzz/run.sh writes one .tsv per chunk).

    python3 bench/fuzz/summarize.py bench/work/fuzz/*.tsv

Columns: wall ms, CPU ms, errors reported, mutation kind, case, failure ("-" when the build behaved).
"""
import collections
import statistics
import sys

rows = []
for path in sys.argv[1:]:
    for line in open(path, encoding="utf-8"):
        wall, cpu, errors, kind, case, failure = line.rstrip("\n").split("\t", 5)
        rows.append((int(wall), int(cpu), int(errors), kind, case, failure))

if not rows:
    sys.exit("no cases")

failures = [r for r in rows if r[5] != "-"]
count = lambda prefix: sum(1 for r in failures if r[5].startswith(prefix))
print(f"cases: {len(rows)} ({len(sys.argv) - 1} chunk(s))")
print(f"unhandled exceptions: {count('unhandled')}")
print(f"hangs (60 s): {count('hung')}")
print(f"diagnostics without a real file: {count('diagnostic')}")
print(f"cases over 5 s: {sum(r[0] > 5000 for r in rows)} wall clock, {sum(r[1] > 5000 for r in rows)} CPU time")
print(f"cases with errors reported: {sum(r[2] > 0 for r in rows)}")
print(f"median: {statistics.median(r[0] for r in rows):.0f} ms wall clock, {statistics.median(r[1] for r in rows):.0f} ms CPU")
slow = max(rows, key=lambda r: r[0])
print(f"slowest (wall clock): {slow[0]} ms, CPU {slow[1]} ms: {slow[4]}")
slow = max(rows, key=lambda r: r[1])
print(f"slowest (CPU): {slow[1]} ms, wall {slow[0]} ms: {slow[4]}")
print("by mutation kind:")
kinds = collections.defaultdict(list)
for r in rows:
    kinds[r[3]].append(r)
for kind, items in sorted(kinds.items()):
    print(f"  {kind}: {len(items)} cases, {sum(r[5] != '-' for r in items)} failures, "
          f"slowest {max(r[0] for r in items)} ms wall / {max(r[1] for r in items)} ms CPU")
print("ten slowest by CPU:")
for r in sorted(rows, key=lambda r: -r[1])[:10]:
    print(f"  CPU {r[1]} ms, wall {r[0]} ms: {r[4]}")
for r in failures[:20]:
    print(f"FAIL {r[4]}: {r[5]}")
