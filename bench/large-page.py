#!/usr/bin/env python3
"""Build time of one very large page (issue #11.5): is the build linear in the size of a page?

    python3 bench/large-page.py [SIZE_MB ...]        (default: 0 1 2.5 5 10)

Makes the 6-page synthetic course of gen-course.py, then for each size replaces the Kazakh section page's
body with that many megabytes of gen-course.py's page bodies (headings, lists, tables and links, the text
rotating through the seed, so no paragraph repeats its neighbour) and builds it once with the CLI (env
CLI, default the Debug build), timed by GNU time. CPU time (user + system) is what the table reports: on
these shared machines the wall clock mostly measures the other jobs. Size 0 is the course as generated, so
the difference to it is the cost of the page. Everything goes to bench/work/large-page/ (gitignored).
"""
import importlib.util
import os
import random
import shutil
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, "work", "large-page")
SEED = os.environ.get("SEED", os.path.join(ROOT, "..", "shared", "seeds", "000_5896b11f6f0aeb5c.txt"))
if not os.path.exists(SEED):
    SEED = "/work/shared/seeds/000_5896b11f6f0aeb5c.txt"
CLI = os.environ.get("CLI", "dotnet " + os.path.join(ROOT, "src/Course.Cli/bin/Debug/net10.0/course.dll")).split()

spec = importlib.util.spec_from_file_location("gen_course", os.path.join(HERE, "gen-course.py"))
gen = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gen)


def large_body(megabytes):
    text, rnd, parts, size = gen.Text(gen.paragraphs(SEED), 7), random.Random(11), [], 0
    while size < megabytes * 1024 * 1024:
        part = gen.body(text, rnd, "../index.md")
        parts.append(part)
        size += len(part.encode("utf-8")) + 1
    return "\n".join(parts)


def build(size):
    folder = os.path.join(WORK, f"{size:g}mb")
    shutil.rmtree(folder, ignore_errors=True)
    shutil.copytree(os.path.join(WORK, "base", "course"), os.path.join(folder, "course"))
    page = os.path.join(folder, "course", "kk", "chapter-001", "section-01.md")
    if size > 0:
        front = open(page, encoding="utf-8").read().split("---\n")[1]
        gen.write(page, "---\n" + front + "---\n\n" + large_body(size))
    page_bytes = os.path.getsize(page)
    timing = os.path.join(folder, "time.txt")
    with open(os.path.join(folder, "build.log"), "w") as log:
        code = subprocess.call(["/usr/bin/time", "-f", "%U %S %e %M", "-o", timing, *CLI, "build",
                                "--input", os.path.join(folder, "course"), "--output", os.path.join(folder, "out")],
                               cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    user, system, wall, rss = open(timing).read().split()[-4:]
    return page_bytes, float(user) + float(system), float(wall), int(rss) / 1024, code


def main():
    sizes = [float(s) for s in sys.argv[1:]] or [0, 1, 2.5, 5, 10]
    os.makedirs(WORK, exist_ok=True)
    gen.generate(6, os.path.join(WORK, "base"), SEED)
    rows, base = [], None
    for size in sizes:
        page_bytes, cpu, wall, rss, code = build(size)
        base = cpu if base is None and size == 0 else base
        extra = f"{(cpu - base) / (page_bytes / 1048576):.2f}" if base is not None and size > 0 else "–"
        rows.append(f"| {page_bytes / 1048576:.1f} MB | {cpu:.1f} s | {extra} s | {wall:.1f} s | {rss:.0f} MB | {code} |")
        print(rows[-1], flush=True)
    print("\n| page | CPU (user+sys) | CPU per MB above the 0 MB build | wall | peak RSS | exit |\n| --- | --- | --- | --- | --- | --- |")
    print("\n".join(rows))


if __name__ == "__main__":
    main()
